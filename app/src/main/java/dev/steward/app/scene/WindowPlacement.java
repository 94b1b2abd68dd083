package dev.steward.app.scene;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.util.prefs.Preferences;

/// Remembers a window's size, position and maximised state between runs. While the window is maximised the
/// size it had before is kept, so that un-maximising after a restart returns to it. A remembered position that
/// no screen shows any more (a monitor unplugged) is ignored and the window opens where the system puts it.
public final class WindowPlacement {
    private static final double MIN_VISIBLE = 40;
    private final Preferences preferences;
    private final String prefix;

    /// @param prefix names the window among the others kept in `preferences`, e.g. "main"
    public WindowPlacement(Preferences preferences, String prefix) {
        this.preferences = preferences;
        this.prefix = prefix + ".";
    }

    /// Applies what was remembered (call before the window is shown), then keeps what the user does with it.
    public void restoreAndTrack(Stage stage) {
        restore(stage);
        track(stage);
    }

    void restore(Stage stage) {
        double width = preferences.getDouble(prefix + "width", -1);
        double height = preferences.getDouble(prefix + "height", -1);
        if (width > 0 && height > 0) {
            stage.setWidth(Math.max(width, stage.getMinWidth()));
            stage.setHeight(Math.max(height, stage.getMinHeight()));
        }
        double x = preferences.getDouble(prefix + "x", Double.NaN);
        double y = preferences.getDouble(prefix + "y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y, Math.max(width, MIN_VISIBLE))) {
            stage.setX(x);
            stage.setY(y);
        }
        if (preferences.getBoolean(prefix + "maximized", false)) {
            stage.setMaximized(true);
        }
    }

    void track(Stage stage) {
        stage.xProperty().addListener((obs, old, now) -> keepBounds(stage));
        stage.yProperty().addListener((obs, old, now) -> keepBounds(stage));
        stage.widthProperty().addListener((obs, old, now) -> keepBounds(stage));
        stage.heightProperty().addListener((obs, old, now) -> keepBounds(stage));
        stage.maximizedProperty().addListener((obs, old, now) -> preferences.putBoolean(prefix + "maximized", now));
    }

    /// Only the normal size counts: a maximised or minimised window's bounds are the screen's, not the user's.
    private void keepBounds(Stage stage) {
        if (stage.isMaximized() || stage.isIconified() || stage.isFullScreen()) {
            return;
        }
        preferences.putDouble(prefix + "x", stage.getX());
        preferences.putDouble(prefix + "y", stage.getY());
        preferences.putDouble(prefix + "width", stage.getWidth());
        preferences.putDouble(prefix + "height", stage.getHeight());
    }

    /// True when a strip along the window's top, wide enough to grab, lies on a screen.
    private static boolean onSomeScreen(double x, double y, double width) {
        return !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(width, MIN_VISIBLE * 4), MIN_VISIBLE))
                .isEmpty();
    }
}
