package dev.steward.app.scene;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.TraversalDirection;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/// Tab and Shift+Tab leave a multi-line field for the next or previous control, as in every other field,
/// instead of typing a tab character (nobody means to put one into a purpose or a revocation step).
public final class TabMovesFocus {
    private static final EventHandler<KeyEvent> FILTER = event -> {
        if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown() && !event.isMetaDown()
                && event.getTarget() instanceof TextArea area) {
            event.consume();
            area.requestFocusTraversal(event.isShiftDown() ? TraversalDirection.PREVIOUS : TraversalDirection.NEXT);
        }
    };

    private TabMovesFocus() {
    }

    /// Safe to call more than once for a scene.
    public static void install(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, FILTER);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, FILTER);
    }
}
