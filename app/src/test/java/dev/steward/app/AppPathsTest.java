package dev.steward.app;

import dev.steward.app.runtime.AppPaths;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AppPathsTest {

    @Test
    void linuxUsesXdgDataHomeWhenAbsolute() {
        assertThat(AppPaths.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
                .isEqualTo(Path.of("/data/me/steward"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenUnsetOrRelative() {
        assertThat(AppPaths.dataDirectory("Linux", Map.of(), "/home/me")).isEqualTo(Path.of("/home/me/.local/share/steward"));
        assertThat(AppPaths.dataDirectory("Linux", Map.of("XDG_DATA_HOME", "rel/dir"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.local/share/steward"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.dataDirectory("Mac OS X", Map.of(), "/Users/me"))
                .isEqualTo(Path.of("/Users/me/Library/Application Support/Steward"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(AppPaths.dataDirectory("Windows 11", Map.of("APPDATA", "/c/Users/me/AppData/Roaming"), "/c/Users/me"))
                .isEqualTo(Path.of("/c/Users/me/AppData/Roaming/Steward"));
    }

    @Test
    void defaultDatabaseIsNamedSteward() {
        assertThat(AppPaths.defaultDatabase().getFileName().toString()).isEqualTo("steward");
    }
}
