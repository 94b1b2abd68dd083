package dev.steward.model.discovery;

import dev.steward.model.csv.ProgressMonitor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/// The sample files under `discovery-samples` (test resources): realistic configurations and exports with
/// fake credentials, and the list of every credential value written into them.
final class Samples {
    private Samples() {
    }

    static Path root() {
        try {
            return Path.of(Samples.class.getResource("/discovery-samples/secret-values.txt").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /// Every sample folder: the laptop, the project, the exports and the exports after a permission grew.
    static List<Path> folders() {
        return List.of(file("laptop-ana"), file("project-invoices"), file("exports"), file("exports-grown"));
    }

    static List<String> secretValues() {
        try {
            return Files.readAllLines(root().resolve("secret-values.txt")).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Finding> read(String... relative) {
        return Discovery.read(java.util.Arrays.stream(relative).map(Samples::file).toList(), ProgressMonitor.NONE)
                .findings();
    }

    static Finding named(List<Finding> findings, String name) {
        return findings.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding named " + name + " in " + findings.stream()
                        .map(Finding::name).toList()));
    }
}
