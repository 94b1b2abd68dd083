package dev.steward.app.ui;

import dev.steward.app.session.SignInSettings;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// Issue 16, as a new user meets Steward: the sign-in over a drawn window, the keyboard in dialogs, and the
/// new signing key's fingerprint.
class EverydayUiTest extends MainWindowTestBase {
    private static final String ADA_PASSWORD = "ada long password";
    private static final String MAX_PASSWORD = "max long password";

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /// A register with an administrator (ada, also reviewer), a manager (max) and the sample data.
    private void prepare() {
        try (Database db = Database.open(dir.resolve("register"))) {
            UserService users = cheapUsers(db);
            User ada = users.createFirstAdmin("ada", "Ada Admin", "", ADA_PASSWORD.toCharArray());
            ada = users.updateRoles(ada, "ada", Set.of(Role.ADMIN, Role.REVIEWER));
            users.createUser(ada, "max", "Max Manager", "", Set.of(Role.MANAGER), MAX_PASSWORD.toCharArray());
            new RegisterService(db, () -> "setup").loadSampleData();
        }
    }

    /// Prepares the register and opens it signed in as `username`, without the dialogs.
    private void openSignedIn(FxRobot robot, String username, String password) throws Exception {
        prepare();
        robot.interact(() -> open(stage, new SignInSettings(MainWindowTestBase.CHEAP,
                users -> users.authenticate(username, password.toCharArray()))));
        waitUntil(() -> window.viewModel().loadedProperty().get() && window.session().user().isPresent());
    }

    @Test
    void signInOpensOverTheDrawnWindowWhileTheRowsLoadAndTakesTheKeyboard(FxRobot robot) throws Exception {
        prepare();
        robot.interact(() -> open(stage, interactive()));

        Stage dialog = waitForWindow(robot, "Sign in to Steward");
        assertThat(dialog.getOwner()).as("over the main window").isSameAs(stage);
        assertThat(stage.getScene().lookup("#registerTable")).as("the main window is drawn first").isNotNull();
        // the first rows are read and shown while the dialog waits for the password
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(dialog.isShowing()).isTrue();
        assertThat(table(robot).getItems()).hasSizeGreaterThanOrEqualTo(20);
        Label status = robot.lookup("#signInRegisterStatus").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo(window.viewModel().statusProperty().get()).contains("integrations");

        // the keyboard starts in the first field, and Enter signs in
        assertThat(dialog.getScene().getFocusOwner()).isSameAs(robot.lookup("#usernameField").query());
        giveKeyboard(robot, dialog);
        assertThat(dialog.getScene().getFocusOwner()).isSameAs(robot.lookup("#usernameField").query());
        robot.write("ada");
        robot.type(KeyCode.TAB);
        robot.write(ADA_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.session().user().isPresent());
        assertThat(window.session().user().orElseThrow().username()).isEqualTo("ada");
    }

    @Test
    void theNewSigningKeysFingerprintIsShownWholeSelectableWithCopyAndOnTheAccount(FxRobot robot) throws Exception {
        openSignedIn(robot, "max", MAX_PASSWORD);

        Platform.runLater(() -> menuItem(robot, "signingKeyMenuItem").fire());
        Stage create = waitForWindow(robot, "Create signing key");
        waitUntil(() -> create.getWidth() > 0);
        assertThat(create.getWidth()).as("no wider than its explanation needs").isLessThan(800);
        assertThat(create.getScene().getFocusOwner()).isSameAs(robot.lookup("#passwordField").query());
        giveKeyboard(robot, create);
        robot.write("short");
        assertThat(robot.lookup("#passwordProblems").queryAs(Label.class).getText())
                .startsWith("The passphrase is 5 characters long");
        set(robot, "#passwordField", "a long signing passphrase");
        set(robot, "#confirmField", "a long signing passphrase");
        robot.clickOn("#okButton");

        Stage created = waitForWindow(robot, "Signing key created");
        String stored = cheapUsers(window.services().database()).signingKeyFingerprint(window.session().user().orElseThrow())
                .orElseThrow();
        TextField shown = robot.lookup("#fingerprintField").queryAs(TextField.class);
        assertThat(shown.getText()).isEqualTo(stored);
        assertThat(shown.isEditable()).isFalse();
        Text measure = new Text(stored);
        measure.setFont(shown.getFont());
        assertThat(shown.getWidth()).as("wide enough to show it whole").isGreaterThan(measure.getLayoutBounds().getWidth());
        javafx.scene.control.Button copy = robot.lookup("#copyFingerprintButton").queryButton();
        robot.interact(copy::fire);
        assertThat(shown.getSelectedText()).isEqualTo(stored);
        robot.interact(created::close);

        Platform.runLater(() -> menuItem(robot, "accountMenuItem").fire());
        Stage account = waitForWindow(robot, "My account");
        assertThat(robot.lookup("#fingerprintField").queryAs(TextField.class).getText()).isEqualTo(stored);
        assertThat(robot.lookup("#accountUsername").queryAs(TextInputControl.class).getText()).isEqualTo("max");
        robot.interact(account::close);
    }

    @Test
    void aBadEmailInNewPersonKeepsTheDialogOpenWithTheInputAndMarksTheField(FxRobot robot) throws Exception {
        openSignedIn(robot, "ada", ADA_PASSWORD);
        robot.clickOn("#peopleButton");
        Stage peopleWindow = waitForWindow(robot, "People");
        robot.clickOn("#newPersonButton");
        Stage dialog = waitForWindow(robot, "New person");
        set(robot, "#personNameField", "Bea Bad-Email");
        set(robot, "#personEmailField", "bea@");
        set(robot, "#personTitleField", "Platform lead");
        robot.clickOn("#okButton");

        Label error = robot.lookup("#formError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).contains("'bea@' does not look like an email address");
        assertThat(dialog.isShowing()).as("the dialog stays open").isTrue();
        TextField email = robot.lookup("#personEmailField").queryAs(TextField.class);
        assertThat(email.getStyleClass()).contains("field-invalid");
        assertThat(dialog.getScene().getFocusOwner()).isSameAs(email);
        assertThat(robot.lookup("#personNameField").queryAs(TextField.class).getText()).isEqualTo("Bea Bad-Email");
        assertThat(robot.lookup("#personTitleField").queryAs(TextField.class).getText()).isEqualTo("Platform lead");

        set(robot, "#personEmailField", "bea@example.com");
        robot.clickOn("#okButton");
        waitUntil(() -> !dialog.isShowing());
        waitUntil(() -> window.viewModel().people().stream().anyMatch(p -> "bea@example.com".equals(p.email())));
        robot.interact(peopleWindow::close);
    }

    @Test
    void datesAreTypedAsIsoAndOtherTextStaysMarkedInsteadOfVanishing(FxRobot robot) throws Exception {
        openSignedIn(robot, "ada", ADA_PASSWORD);
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn((javafx.scene.Node) robot.from(editor.getScene().getRoot()).lookup("#nameField").query())
                .write("Contract clause checker");
        robot.clickOn((javafx.scene.Node) robot.from(editor.getScene().getRoot()).lookup("#purposeField").query())
                .write("Flags risky clauses");
        javafx.scene.control.DatePicker review = robot.from(editor.getScene().getRoot()).lookup("#nextReviewPicker")
                .queryAs(javafx.scene.control.DatePicker.class);
        assertThat(review.getPromptText()).isEqualTo("yyyy-mm-dd");

        robot.clickOn(review.getEditor()).write("15/03/2027");
        robot.type(KeyCode.TAB);
        assertThat(review.getEditor().getText()).as("kept, not dropped").isEqualTo("15/03/2027");
        assertThat(review.getStyleClass()).contains("field-invalid");
        assertThat(review.getValue()).isNull();
        javafx.scene.control.Button save = robot.from(editor.getScene().getRoot()).lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).as("not saved with a date it cannot read").isTrue();

        robot.interact(() -> review.getEditor().setText("2027-03-15"));
        assertThat(review.getValue()).isEqualTo(java.time.LocalDate.of(2027, 3, 15));
        assertThat(review.getStyleClass()).doesNotContain("field-invalid");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(review.getEditor());
        robot.type(KeyCode.TAB);
        assertThat(review.getEditor().getText()).isEqualTo("2027-03-15");
        robot.interact(editor::close);
    }

    /// The robot's keys go to the window it last clicked, where a desktop gives a new dialog the keyboard by
    /// itself: click the dialog's header, which takes no focus, so the focus stays where the dialog put it.
    private static void giveKeyboard(FxRobot robot, Stage dialog) {
        robot.clickOn((javafx.scene.Node) robot.from(dialog.getScene().getRoot()).lookup(".header-panel").query());
    }

    private static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(EverydayUiTest::items).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(EverydayUiTest::items))
                : Stream.of(item);
    }
}
