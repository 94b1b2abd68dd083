package dev.steward.app.scene;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.util.Objects;

/// One place that sets up every window: stylesheet, owner, and the common close shortcut.
public final class SceneFactory {
    public static final String STYLESHEET = Objects.requireNonNull(
            SceneFactory.class.getResource("/dev/steward/app/css/steward.css")).toExternalForm();
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private SceneFactory() {
    }

    public static Scene scene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(STYLESHEET);
        TabMovesFocus.install(scene);
        return scene;
    }

    /// A secondary window: owned by {@code owner}, closes on Ctrl/Cmd+W.
    public static Stage secondaryStage(Window owner, String title, Scene scene) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(title);
        stage.setScene(scene);
        scene.getAccelerators().put(CLOSE, () -> requestClose(stage));
        return stage;
    }

    /// Closes `window` as its title bar's close button does: through a close request, which the window's
    /// own handler may refuse (an editor with unsaved changes asks first). {@link Stage#close()} would skip
    /// that handler.
    public static void requestClose(Window window) {
        // an unconsumed request closes the window: Window's own dispatcher hides it afterwards
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }
}
