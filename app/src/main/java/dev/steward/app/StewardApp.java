package dev.steward.app;

import dev.steward.app.runtime.Version;
import dev.steward.app.runtime.AppPaths;
import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.session.SignInSettings;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;

/// The JavaFX application: one main window; the database opens in the background after it is shown.
public final class StewardApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(StewardApp.class);
    private static volatile AppOptions options = new AppOptions(null, false, false);

    private FxUiExecutor executor;
    private MainWindow window;
    private volatile Throwable uncaught;

    static void launchWith(AppOptions appOptions) {
        options = appOptions;
        Application.launch(StewardApp.class);
    }

    @Override
    public void start(Stage stage) {
        // An exception escaping an event handler would otherwise only reach stderr; log it, and in smoke
        // mode remember it so the check fails instead of passing over a broken screen.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            LOG.error("Unexpected error on the UI thread", error);
            uncaught = error;
        });
        executor = new FxUiExecutor();
        Path db = options.database() != null ? options.database() : AppPaths.defaultDatabase();
        LOG.info("Steward {} starting", Version.current());
        // how long a person waits for the first window, from the launcher's main (the JVM's own start before
        // it, about a tenth of a second, is not counted)
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> LOG.info(
                "Window shown {} ms after the launcher started",
                (System.nanoTime() - Launcher.MAIN_STARTED_NANOS) / 1_000_000));
        // the smoke check cannot type a password: it proves the register opens, signed out and read-only
        window = MainWindow.open(stage, db, executor,
                options.smoke() ? SignInSettings.signedOut() : SignInSettings.interactive());
        if (options.smoke()) {
            exitWhenLoaded();
        }
    }

    @Override
    public void stop() {
        AppShutdown.stopWorkThenClose(executor, AppShutdown.WORK_BOUND, () -> {
            if (window != null) {
                window.close();
            }
        });
    }

    private void finishSmokeCheck() {
        AppShutdown.stopWorkThenClose(executor, AppShutdown.WORK_BOUND, window::close);
        Platform.exit();
        if (uncaught != null) {
            LOG.error("Smoke check failed: an error escaped on the UI thread: {}", uncaught.toString());
            System.exit(1);
        }
        LOG.info("Smoke check passed: {} integrations loaded", window.viewModel().totalCount());
        System.exit(0);
    }

    /// Smoke mode: exit 0 once the register is visible, 1 if the database could not be opened or an error
    /// escaped on the UI thread while the window was built.
    private void exitWhenLoaded() {
        window.viewModel().loadedProperty().addListener((obs, was, loaded) -> {
            if (loaded) {
                // let layout and CSS of the filled table run before judging
                Platform.runLater(this::finishSmokeCheck);
            }
        });
        window.viewModel().busyProperty().addListener((obs, was, busy) -> {
            if (!busy && !window.viewModel().loadedProperty().get()) {
                LOG.error("Smoke check failed: the database did not open");
                System.exit(1);
            }
        });
    }
}
