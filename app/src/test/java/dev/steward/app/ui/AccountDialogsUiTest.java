package dev.steward.app.ui;

import dev.steward.app.concurrent.HeldFxExecutor;
import dev.steward.app.scene.SceneFactory;
import dev.steward.app.users.AccountDialogs;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.storage.Database;
import dev.steward.service.users.UserService;
import javafx.application.Platform;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static dev.steward.app.ui.MainWindowTestBase.waitForWindow;
import static dev.steward.app.ui.MainWindowTestBase.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/// The account dialogs read their fields when OK is pressed, on the UI thread, and the first run writes the
/// administrator with all its roles at once.
@ExtendWith(ApplicationExtension.class)
class AccountDialogsUiTest {
    private static final String PASSWORD = "a long enough password";

    @TempDir
    Path dir;
    private Stage stage;
    private Database db;
    private UserService users;
    private final HeldFxExecutor executor = new HeldFxExecutor();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(SceneFactory.scene(new StackPane(), 300, 200));
        stage.show();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("accounts"));
        users = MainWindowTestBase.cheapUsers(db);
    }

    @AfterEach
    void close() {
        executor.shutdown(Duration.ofSeconds(10));
        FxRobot robot = new FxRobot();
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage && w instanceof Stage)
                .map(Stage.class::cast).toList().forEach(Stage::close));
        db.close();
    }

    @Test
    void theFirstAdministratorAndTheReviewerRoleAreOneWrite(FxRobot robot) throws Exception {
        AtomicReference<Optional<User>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new AccountDialogs(stage, executor, users).firstAdmin()));
        waitForWindow(robot, "Create the first administrator");
        set(robot, "#usernameField", "ada");
        set(robot, "#displayNameField", "Ada Admin");
        set(robot, "#passwordField", PASSWORD);
        set(robot, "#confirmField", PASSWORD);
        robot.clickOn("#okButton");
        waitUntil(() -> result.get() != null);

        assertThat(result.get()).hasValueSatisfying(admin ->
                assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.REVIEWER));
        // written as it was created, roles included; a second transaction left an "update roles" behind
        assertThat(userAudit()).containsExactly("CREATE username", "CREATE displayName", "CREATE roles");
        assertThat(executor.captures()).isEmpty();
    }

    @Test
    void signInSendsWhatWasTypedWhenOkWasPressed(FxRobot robot) throws Exception {
        users.createFirstAdmin("ada", "Ada Admin", "", PASSWORD.toCharArray());
        AtomicReference<Optional<User>> result = new AtomicReference<>();
        executor.hold();
        Platform.runLater(() -> result.set(new AccountDialogs(stage, executor, users).signIn("")));
        waitForWindow(robot, "Sign in to Steward");
        set(robot, "#usernameField", "ada");
        set(robot, "#passwordField", PASSWORD);
        robot.clickOn("#okButton");
        // typed while the sign-in is under way: the worker must not see it
        set(robot, "#usernameField", "somebody-else");
        executor.release();
        waitUntil(() -> result.get() != null);

        assertThat(result.get()).hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("ada"));
        assertThat(executor.captures()).isEmpty();
    }

    private List<String> userAudit() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT action, field FROM audit_event WHERE entity_type = 'USER' ORDER BY seq")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }

    private static void set(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }
}
