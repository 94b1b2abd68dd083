package dev.steward.model.controls;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/// Finds the master copy of the facts, `shared/frameworks/catalog-facts.json`, which lives beside
/// the repository clone (locally and in CI) rather than inside it.
final class SharedFactsFile {
    static final String RELATIVE = "shared/frameworks/catalog-facts.json";

    private SharedFactsFile() {
    }

    /// Walks up from the working directory and returns the first `shared/frameworks/catalog-facts.json`
    /// found beside the directory or one of its ancestors.
    static Optional<Path> locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String notFoundMessage() {
        return RELATIVE + " not found beside " + Path.of("").toAbsolutePath() + " or any parent; drift check skipped";
    }
}
