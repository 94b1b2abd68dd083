package dev.steward.app.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/// Where Steward keeps its data by default: the platform's usual per-user data directory.
public final class AppPaths {
    static final String DATABASE_NAME = "steward";

    private AppPaths() {
    }

    public static Path defaultDatabase() {
        return dataDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"))
                .resolve(DATABASE_NAME);
    }

    /// Linux and other Unix: {@code $XDG_DATA_HOME/steward} or {@code ~/.local/share/steward};
    /// macOS: {@code ~/Library/Application Support/Steward}; Windows: {@code %APPDATA%\Steward}.
    public static Path dataDirectory(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Steward");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Steward");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says to ignore relative values
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("steward");
    }
}
