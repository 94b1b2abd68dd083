package dev.steward.app;

import dev.steward.model.sample.SampleRegister;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/// `steward --sample` fills an empty register file with the sample before the window opens, and leaves a
/// register that already holds integrations as it is (a second start with the flag adds nothing).
class SampleStartTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyRegisterGetsTheSampleOnceAndOnlyOnce() {
        Path register = dir.resolve("first-look");
        SampleStart.loadIfEmpty(register);
        int expected = SampleRegister.integrations(e -> 1L).size();
        assertThat(size(register)).isEqualTo(expected);

        SampleStart.loadIfEmpty(register);
        assertThat(size(register)).isEqualTo(expected);
    }

    private static int size(Path register) {
        try (RegisterServices services = RegisterServices.open(register, null, Actor.system(() -> "test"))) {
            return services.register().block(SearchQuery.ALL, 0, 1).registerSize();
        }
    }
}
