package dev.steward.app.scene;

/// The user's choice of look. SYSTEM follows the operating system's light or dark setting, live.
public enum Theme {
    SYSTEM,
    LIGHT,
    DARK
}
