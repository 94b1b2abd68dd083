package dev.steward.model.controls;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/// The app reads the facts from its own classpath, but the research lives in the shared folder;
/// these must never drift apart.
class VendoredFactsTest {

    @Test
    void vendoredCopyIsByteIdenticalToTheSharedFacts() throws IOException {
        var shared = SharedFactsFile.locate();
        assumeTrue(shared.isPresent(), SharedFactsFile.notFoundMessage());

        assertThat(vendoredBytes())
                .as("vendored catalog-facts.json differs from %s: copy the shared file over the vendored one", shared.get())
                .isEqualTo(Files.readAllBytes(shared.get()));
    }

    @Test
    void sourceTreeCopyMatchesTheClasspathCopy() throws IOException {
        // Guards against resource filtering or a stale build silently changing what ships.
        Path source = Path.of("src/main/resources/dev/steward/model/controls/catalog-facts.json");
        assumeTrue(Files.isRegularFile(source), "not run from the model module directory");

        assertThat(vendoredBytes()).isEqualTo(Files.readAllBytes(source));
    }

    static byte[] vendoredBytes() throws IOException {
        try (InputStream in = FrameworkFacts.class.getResourceAsStream(FrameworkFacts.RESOURCE)) {
            assertThat(in).as("vendored facts on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }
}
