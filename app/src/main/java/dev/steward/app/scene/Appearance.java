package dev.steward.app.scene;

import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.Objects;
import java.util.prefs.Preferences;

/// One setup for every window, including alerts and file dialogs' owners: the theme stylesheet and the app
/// icon. It watches the list of open windows, so no window has to remember to ask.
///
/// The theme is the user's choice (kept in the per-user preferences) or, for SYSTEM, the operating system's
/// colour scheme, followed live.
public final class Appearance {
    public static final String DARK_STYLESHEET = Objects.requireNonNull(
            Appearance.class.getResource("/dev/steward/app/css/steward-dark.css")).toExternalForm();
    static final String PREFERENCE_KEY = "theme";

    private final Preferences preferences;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.SYSTEM);
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private final Image icon;

    /// Call on the UI thread once the toolkit is up.
    ///
    /// @param preferences where the choice is kept (a test passes its own node)
    public Appearance(Preferences preferences) {
        this.preferences = preferences;
        this.icon = new Image(Objects.requireNonNull(
                Appearance.class.getResource("/dev/steward/app/icons/steward.png")).toExternalForm());
        theme.set(read(preferences.get(PREFERENCE_KEY, Theme.SYSTEM.name())));
        theme.addListener((obs, old, now) -> {
            preferences.put(PREFERENCE_KEY, now.name());
            refresh();
        });
        Platform.getPreferences().colorSchemeProperty().addListener((obs, old, now) -> refresh());
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
            }
        });
        Window.getWindows().forEach(this::watch);
        refresh();
    }

    private static Appearance shared;

    /// The app's one instance, on {@link UserPreferences#node()}.
    public static Appearance shared() {
        if (shared == null) {
            shared = new Appearance(UserPreferences.node());
        }
        return shared;
    }

    /// The user's choice; changing it restyles every open window at once.
    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /// True when windows are drawn dark (chosen, or SYSTEM on a dark desktop).
    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void refresh() {
        dark.set(switch (theme.get()) {
            case DARK -> true;
            case LIGHT -> false;
            case SYSTEM -> Platform.getPreferences().getColorScheme() == ColorScheme.DARK;
        });
        for (Window window : Window.getWindows()) {
            if (window.getScene() != null) {
                style(window.getScene());
            }
        }
    }

    /// A new window: give it the icon and style its scene now and whenever the scene is replaced.
    private void watch(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().add(icon);
        }
        if (window.getScene() != null) {
            style(window.getScene());
        }
        window.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                style(now);
            }
        });
    }

    private void style(Scene scene) {
        scene.getStylesheets().remove(DARK_STYLESHEET);
        if (dark.get()) {
            scene.getStylesheets().add(DARK_STYLESHEET);
        }
    }

    private static Theme read(String stored) {
        try {
            return Theme.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return Theme.SYSTEM;
        }
    }
}
