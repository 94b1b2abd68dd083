package dev.steward.app.dialog;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.Preferences;

/// The folder each kind of file dialog last used, kept between runs, so an import or export opens where the
/// user was rather than in the home folder every time. A folder that has since gone is forgotten.
final class RecentFolders {
    private static final String PREFIX = "folder.";
    private final Preferences preferences;

    RecentFolders(Preferences preferences) {
        this.preferences = preferences;
    }

    /// @param purpose what the dialog is for, e.g. "open" or "save" (one remembered folder each)
    Optional<File> initial(String purpose) {
        String stored = preferences.get(PREFIX + purpose, null);
        if (stored == null) {
            return Optional.empty();
        }
        Path folder = Path.of(stored);
        return Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }

    /// Remembers the folder of the file the user chose.
    void chosen(String purpose, Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            preferences.put(PREFIX + purpose, folder.toString());
        }
    }
}
