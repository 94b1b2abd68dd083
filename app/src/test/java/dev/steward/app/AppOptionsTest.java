package dev.steward.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AppOptionsTest {

    @Test
    void noArgumentsMeansDefaultDatabaseWithAWindow() {
        AppOptions options = AppOptions.parse(List.of());
        assertThat(options.database()).isNull();
        assertThat(options.headless()).isFalse();
        assertThat(options.smoke()).isFalse();
    }

    @Test
    void dbTakesAPathInBothSpellings() {
        assertThat(AppOptions.parse(List.of("--db", "/tmp/x/register")).database()).isEqualTo(Path.of("/tmp/x/register"));
        assertThat(AppOptions.parse(List.of("--db=/tmp/y")).database()).isEqualTo(Path.of("/tmp/y"));
    }

    @Test
    void flagsCombine() {
        AppOptions options = AppOptions.parse(List.of("--headless", "--smoke", "--db", "a"));
        assertThat(options.headless()).isTrue();
        assertThat(options.smoke()).isTrue();
        assertThat(options.sample()).isFalse();
        assertThat(AppOptions.parse(List.of("--sample", "--smoke")).sample()).isTrue();
        assertThat(options.database()).isEqualTo(Path.of("a"));
    }

    @Test
    void dbWithoutPathIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--db")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--db needs a file path");
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> AppOptions.parse(List.of("--dbx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'--dbx'");
    }
}
