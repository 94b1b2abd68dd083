package dev.steward.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/// The schema migrations that ship, so tests about upgrades need no edit when one is added. Version numbers
/// may have gaps while numbers reserved for other work are not merged yet, so tests use the newest number.
public final class Migrations {
    private Migrations() {
    }

    /// How many migrations ship.
    public static int count() {
        return versions().length;
    }

    /// The highest version among the shipped migrations.
    public static int newest() {
        return java.util.Arrays.stream(versions()).max().orElse(0);
    }

    /// The version numbers of the shipped migrations (V{n}__…sql).
    private static int[] versions() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.+\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
