package dev.steward.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/// Child JVM of the startup baseline: the least a JavaFX window costs, started exactly like
/// {@link StartupProbe} (same JVM flags, class path and headless platform), with one label at the main
/// window's size.
/// (Launched through a plain main class for the reason given on {@link StartupProbe}.)
public final class BareWindowProbe {
    private BareWindowProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Probe.class);
    }

    /// The application the probe launches.
    public static final class Probe extends Application {
        @Override
        public void start(Stage stage) {
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                long shown = StartupProbe.sinceJvmStart();
                System.out.println("BENCH shown=" + shown + " loaded=" + shown + " rows=0");
                Platform.exit();
                System.exit(0);
            });
            stage.setScene(new Scene(new StackPane(new Label("Steward")), 1200, 720));
            stage.setTitle("Steward");
            stage.show();
        }
    }
}
