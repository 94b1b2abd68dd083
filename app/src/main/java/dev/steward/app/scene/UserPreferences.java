package dev.steward.app.scene;

import java.util.prefs.Preferences;

/// The per-user preferences node where the app keeps what it remembers between runs (theme, window placement,
/// the last folder of each file dialog). The system property {@code steward.prefsNode} names another node, which
/// the tests use so that they never touch a user's settings.
public final class UserPreferences {
    private UserPreferences() {
    }

    public static Preferences node() {
        return Preferences.userRoot().node(System.getProperty("steward.prefsNode", "dev/steward/app"));
    }
}
