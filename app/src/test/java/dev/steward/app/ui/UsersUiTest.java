package dev.steward.app.ui;

import dev.steward.app.MainWindow;
import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.session.SignInSettings;
import dev.steward.app.users.UsersViewModel;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// Accounts end to end: the first run, sign-in, what an auditor may touch, and the users window.
class UsersUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    /// Replaces the window with one on a fresh database of its own, signing in as `signIn` says.
    private void reopen(FxRobot robot, SignInSettings signIn) {
        robot.interact(() -> {
            window.close();
            window = MainWindow.open(stage, dir.resolve("fresh"), new FxUiExecutor(), signIn, files::wrap);
        });
    }

    @Test
    void firstRunCreatesTheAdministratorThenSignsIn(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        reopen(robot, interactive());
        waitForWindow(robot, "Create the first administrator");
        set(robot, "#usernameField", "ada");
        set(robot, "#displayNameField", "Ada Admin");
        set(robot, "#passwordField", "short");
        Label problems = robot.lookup("#passwordProblems").queryAs(Label.class);
        assertThat(problems.getText()).contains("at least 12");
        assertThat(ok(robot).isDisabled()).isTrue();
        set(robot, "#passwordField", "a long enough password");
        set(robot, "#confirmField", "a long enough password");
        assertThat(problems.getText()).isEmpty();
        // one person starting alone is also a reviewer by default; this administrator only manages accounts
        javafx.scene.control.CheckBox reviewer = robot.lookup("#alsoReviewerCheck").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(reviewer.isSelected()).isTrue();
        robot.interact(() -> reviewer.setSelected(false));
        robot.clickOn("#okButton");

        waitForWindow(robot, "Sign in to Steward");
        assertThat(robot.lookup("#usernameField").queryAs(TextInputControl.class).getText()).isEqualTo("ada");
        set(robot, "#passwordField", "the wrong password");
        robot.clickOn("#okButton");
        Label error = robot.lookup("#formError").queryAs(Label.class);
        waitUntil(() -> !error.getText().isEmpty());
        assertThat(error.getText()).isEqualTo("Unknown username or wrong password.");
        assertThat(error.getScene().getWindow().isShowing()).isTrue();

        set(robot, "#passwordField", "a long enough password");
        robot.clickOn("#okButton");
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText())
                .isEqualTo("Signed in as Ada Admin (Administrator)");
        // an administrator manages accounts but does not edit the register
        assertThat(robot.lookup("#newButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void anAuditorSeesWriteActionsDisabledAndTheServiceRefusesThem(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        reopen(robot, new SignInSettings(MainWindowTestBase.CHEAP, users -> {
            User admin = users.createFirstAdmin("root", "Rita Root", "IT", PASSWORD.toCharArray());
            users.createUser(admin, "otto", "Otto Auditor", "Internal audit", Set.of(Role.AUDITOR),
                    PASSWORD.toCharArray());
            return users.authenticate("otto", PASSWORD.toCharArray());
        }));
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(robot.lookup("#userLabel").queryAs(Label.class).getText()).contains("Otto Auditor (Auditor)");
        for (String id : new String[] {"#newButton", "#sampleDataButton", "#retireButton", "#classifyButton"}) {
            assertThat(robot.lookup(id).queryButton().isDisabled()).as(id).isTrue();
        }

        robot.interact(() -> window.viewModel().loadSampleData());
        assertThat(waitForAlert(robot)).contains("Otto Auditor (otto) may not edit integrations").contains("Reviewer");
        robot.clickOn("OK");
        waitUntil(() -> !window.viewModel().busyProperty().get());
        assertThat(window.viewModel().totalCount()).isZero();
        assertThat(window.viewModel().people()).isEmpty();
    }

    @Test
    void anAdministratorCreatesAReviewerButCannotDeactivateThemselves(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.interact(window::openUsers);
        waitForWindow(robot, "Users");
        TableView<UsersViewModel.UserRow> users = robot.lookup("#usersTable").queryTableView();
        waitUntil(() -> users.getItems().size() == 1);

        robot.clickOn("#createUserButton");
        waitForWindow(robot, "New user");
        set(robot, "#usernameField", "rev");
        set(robot, "#displayNameField", "Rhea Reviewer");
        set(robot, "#passwordField", "reviewer password 1");
        set(robot, "#confirmField", "reviewer password 1");
        assertThat(ok(robot).isDisabled()).isTrue();
        robot.clickOn("#roleREVIEWER");
        robot.clickOn("#okButton");
        waitUntil(() -> users.getItems().size() == 2);
        assertThat(users.getItems()).anySatisfy(row -> assertThat(row.toString()).contains("rev").contains("REVIEWER"));

        robot.interact(() -> users.getSelectionModel().select(users.getItems().stream()
                .filter(row -> row.toString().contains(ACTOR)).findFirst().orElseThrow()));
        robot.clickOn("#deactivateUserButton");
        // the confirmation opens asynchronously; on a busy machine it can take a moment
        waitUntil(() -> robot.lookup("OK").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        robot.clickOn("OK");
        assertThat(waitForAlert(robot)).contains("last active administrator");
        robot.clickOn("OK");
    }

    @Test
    void aRoleTakenFromTheSignedInUserTakesEffectWithoutSigningInAgain(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        Label who = robot.lookup("#userLabel").queryAs(Label.class);
        assertThat(who.getText()).isEqualTo("Signed in as Uma Tester (Reviewer, Administrator)");
        waitUntil(() -> !robot.lookup("#newButton").queryButton().isDisabled());

        robot.interact(window::openUsers);
        waitForWindow(robot, "Users");
        TableView<UsersViewModel.UserRow> users = robot.lookup("#usersTable").queryTableView();
        waitUntil(() -> users.getItems().size() == 1);
        robot.interact(() -> users.getSelectionModel().select(0));
        robot.clickOn("#changeRolesButton");
        waitUntil(() -> robot.lookup("#roleREVIEWER").tryQuery().isPresent());
        robot.clickOn("#roleREVIEWER");
        robot.clickOn("#okButton");

        waitUntil(() -> who.getText().equals("Signed in as Uma Tester (Administrator)"));
        assertThat(robot.lookup("#newButton").queryButton().isDisabled()).as("no longer a reviewer").isTrue();
    }

    private static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private static Button ok(FxRobot robot) {
        return robot.lookup("#okButton").queryButton();
    }

    /// The message of the error or information alert now showing.
    private static String waitForAlert(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#dialogMessage").tryQuery().isPresent());
        return robot.lookup("#dialogMessage").queryAs(Label.class).getText();
    }

    /// A failed test must not leave a dialog waiting: the next test would run inside its nested event loop.
    @AfterEach
    void closeOtherWindows() {
        FxRobot robot = new FxRobot();
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .map(Stage.class::cast).toList().forEach(Stage::close));
    }
}
