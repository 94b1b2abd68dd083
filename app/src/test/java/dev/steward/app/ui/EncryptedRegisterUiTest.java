package dev.steward.app.ui;

import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

class EncryptedRegisterUiTest extends MainWindowTestBase {
    private static final String PASSPHRASE = "a passphrase with several words";

    @Start
    void start(Stage stage) {
        try (Database db = Database.open(dir.resolve("register"), PASSPHRASE.toCharArray())) {
            new RegisterService(db, () -> "setup").loadSampleData();
        }
        open(stage);
    }

    @Test
    void anEncryptedRegisterAsksForItsPassphraseUntilItOpens(FxRobot robot) throws Exception {
        Stage prompt = waitForWindow(robot, "Encrypted register");
        PasswordField field = robot.from(prompt.getScene().getRoot()).lookup("#passphraseField").queryAs(PasswordField.class);
        Button ok = robot.from(prompt.getScene().getRoot()).lookup(".button").match(n -> "OK".equals(((Button) n).getText())).queryButton();
        assertThat(ok.isDisabled()).as("OK needs a passphrase").isTrue();

        robot.interact(() -> field.setText("wrong passphrase"));
        robot.clickOn(ok);
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing()
                && "Encrypted register".equals(s.getTitle()) && s != prompt));
        Stage retry = waitForWindow(robot, "Encrypted register");
        assertThat(robot.from(retry.getScene().getRoot()).lookup(".label").queryAllAs(Label.class))
                .anyMatch(l -> l.getText().contains("does not open"));
        PasswordField again = robot.from(retry.getScene().getRoot()).lookup("#passphraseField").queryAs(PasswordField.class);
        robot.interact(() -> again.setText(PASSPHRASE));
        robot.clickOn(robot.from(retry.getScene().getRoot()).lookup(".button")
                .match(n -> "OK".equals(((Button) n).getText())).queryButton());

        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(window.viewModel().totalCount()).isGreaterThanOrEqualTo(20);
    }
}
