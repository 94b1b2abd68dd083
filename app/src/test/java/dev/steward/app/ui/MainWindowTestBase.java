package dev.steward.app.ui;

import dev.steward.service.RegisterServices;

import dev.steward.app.MainWindow;
import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.register.IntegrationRow;
import dev.steward.app.session.SignInSettings;
import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.users.UserService;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/// Starts the real main window on a fresh H2 file for each test and closes the database afterwards.
///
/// The window signs in {@link #ACTOR} (administrator and reviewer) by itself, so tests about the register do
/// not drive the sign-in dialogs; those have their own test, which opens with {@link #interactive()}.
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowTestBase {
    static final String ACTOR = "ui-tester";
    static final String PASSWORD = "ui tester password";

    @TempDir
    Path dir;
    Stage stage;
    MainWindow window;
    final ScriptedFileDialogs files = new ScriptedFileDialogs();

    /// TestFX looks for {@code @Start} only on the test class itself, so each subclass calls this from its own.
    void open(Stage stage) {
        open(stage, signedIn());
    }

    void open(Stage stage, SignInSettings signIn) {
        this.stage = stage;
        window = MainWindow.open(stage, dir.resolve("register"), new FxUiExecutor(), signIn, files::wrap);
        stage.setWidth(980);
        stage.setHeight(700);
    }

    /// Signs in {@link #ACTOR}, creating the account on a fresh database.
    static SignInSettings signedIn() {
        return new SignInSettings(MainWindowTestBase.CHEAP, users -> {
            if (users.needsFirstAdmin()) {
                User admin = users.createFirstAdmin(ACTOR, "Uma Tester", "QA", PASSWORD.toCharArray());
                users.updateRoles(admin, ACTOR, Set.of(Role.ADMIN, Role.REVIEWER));
            }
            return users.authenticate(ACTOR, PASSWORD.toCharArray());
        });
    }

    /// The real dialogs, with cheap hashing.
    static SignInSettings interactive() {
        return new SignInSettings(MainWindowTestBase.CHEAP, null);
    }

    /// 600,000 iterations per password would cost seconds in every test.
    static final RegisterServices.Security CHEAP =
            new RegisterServices.Security(new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));

    static UserService cheapUsers(dev.steward.storage.Database db) {
        return new UserService(db, Clock.systemUTC(), CHEAP.hasher(), CHEAP.keyEncryption());
    }

    @AfterEach
    void closeDatabase() {
        window.close();
    }

    static TableView<IntegrationRow> table(FxRobot robot) {
        return robot.lookup("#registerTable").queryTableView();
    }

    /// Waits for the register, loads the sample data and waits until it is shown. Loading takes a dozen
    /// attestations through the workflow, so it gets a minute on a loaded machine.
    void loadSampleData(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.clickOn("#sampleDataButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table(robot).getItems().size() >= 20);
    }

    /// The node matching `query` in `stage`'s window.
    static javafx.scene.Node in(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).query();
    }

    static Stage waitForWindow(FxRobot robot, String title) throws Exception {
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && title.equals(s.getTitle())));
        return (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).findFirst().orElseThrow();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
