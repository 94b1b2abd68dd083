package dev.steward.service.discovery;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.discovery.Discovery;
import dev.steward.model.discovery.DiscoveryReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/// The model's discovery sample files, copied into this module's test resources by the build.
final class DiscoverySamples {
    private DiscoverySamples() {
    }

    static Path root() {
        try {
            return Path.of(DiscoverySamples.class.getResource("/discovery-samples/secret-values.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static DiscoveryReport read(String... relative) {
        return Discovery.read(Arrays.stream(relative).map(root()::resolve).toList(), ProgressMonitor.NONE);
    }

    /// The laptop, the project and the exports as first collected.
    static DiscoveryReport everything() {
        return read("laptop-ana", "project-invoices", "exports");
    }

    static List<String> secretValues() {
        try {
            return Files.readAllLines(root().resolve("secret-values.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
