package dev.steward.storage;

import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// A normal open, use and close leaves only the register file: H2 writes no {@code .trace.db} beside it
/// (issue 16: one appeared after every close, full of "database is closed" stack traces).
class CleanCloseTest {
    @TempDir
    Path dir;

    @Test
    void openingUsingAndClosingARegisterLeavesNoTraceFile() throws IOException {
        Path file = dir.resolve("register");
        for (int round = 0; round < 3; round++) {
            try (Database db = Database.open(file)) {
                new PersonRepository(db.dsl()).insert(Person.draft("Zoë " + round, null, null, null), Instant.now());
                assertThat(new PersonRepository(db.dsl()).findAll()).hasSize(round + 1);
            }
        }
        assertThat(filesIn(dir)).as(traces(dir)).containsExactly("register.mv.db");
    }

    @Test
    void aWrongPassphraseLeavesNoTraceFileEither() throws IOException {
        Path file = dir.resolve("secret");
        try (Database ignored = Database.open(file, "correct horse".toCharArray())) {
            // created encrypted
        }
        try {
            Database.open(file, "wrong horse".toCharArray()).close();
        } catch (DatabaseOpenException expected) {
            // the refusal itself is tested elsewhere
        }
        assertThat(filesIn(dir)).as(traces(dir)).containsExactly("secret.mv.db");
    }

    private static String traces(Path dir) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path trace : files.filter(p -> p.toString().endsWith(".trace.db")).toList()) {
                text.append(trace.getFileName()).append(":\n").append(Files.readString(trace));
            }
        }
        return text.toString();
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }
}
