package dev.steward.app.dialog;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/// File dialogs open in the folder last used for the same purpose, also after a restart (issue 16).
class RecentFoldersTest {
    private final Preferences preferences = Preferences.userRoot().node("dev/steward/test/recent-folders");
    @TempDir
    Path dir;

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void theFolderOfTheChosenFileIsOfferedNextTimeForTheSamePurpose() throws IOException {
        Path exports = Files.createDirectories(dir.resolve("exports"));
        new RecentFolders(preferences).chosen("save", exports.resolve("register.csv"));

        RecentFolders afterRestart = new RecentFolders(preferences);
        assertThat(afterRestart.initial("save")).contains(exports.toFile());
        assertThat(afterRestart.initial("open")).isEmpty();
    }

    @Test
    void aFolderThatHasGoneIsForgotten() throws IOException {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        new RecentFolders(preferences).chosen("open", gone.resolve("x.csv"));
        Files.delete(gone);
        assertThat(new RecentFolders(preferences).initial("open")).isEmpty();
    }
}
