package dev.steward.bench;

import dev.steward.app.MainWindow;
import dev.steward.app.concurrent.FxUiExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/// Child JVM of the startup benchmark: starts the real main window as {@code StewardApp.start} does, and
/// prints the milliseconds from JVM start to the window being shown and to the register being loaded.
///
/// A copy of StewardApp's two lines of wiring rather than StewardApp itself, because the app offers no hook
/// to observe its stage from outside, and the timing must not need one in production code.
///
/// The main class is not the {@link Application} itself: the java launcher refuses to start an Application
/// main class from the class path ("JavaFX runtime components are missing").
public final class StartupProbe {
    private static Path database;

    private StartupProbe() {
    }

    public static void main(String[] args) {
        database = Path.of(args[0]);
        Application.launch(Probe.class);
    }

    static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /// The application the probe launches.
    public static final class Probe extends Application {
        private long shown = -1;

        @Override
        public void start(Stage stage) {
            // added before show(), and by addEventHandler so the window's own onShown is left alone
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> shown = sinceJvmStart());
            FxUiExecutor executor = new FxUiExecutor();
            // signed out, as the smoke check runs: no dialog waits for a person, the register still loads
            MainWindow window = MainWindow.open(stage, database, executor, dev.steward.app.session.SignInSettings.signedOut());
            window.viewModel().loadedProperty().addListener((obs, was, loaded) -> {
                if (loaded) {
                    long data = sinceJvmStart();
                    System.out.println("BENCH shown=" + shown + " loaded=" + data + " rows="
                            + window.viewModel().totalCount());
                    executor.shutdown(java.time.Duration.ofSeconds(10));
                    window.close();
                    Platform.exit();
                    System.exit(0);
                }
            });
            window.viewModel().busyProperty().addListener((obs, was, busy) -> {
                if (!busy && !window.viewModel().loadedProperty().get()) {
                    System.out.println("BENCH failed: the register did not load");
                    System.exit(1);
                }
            });
        }
    }
}
