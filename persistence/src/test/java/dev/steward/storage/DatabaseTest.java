package dev.steward.storage;

import dev.steward.testing.HeldRegister;
import dev.steward.testing.Migrations;

import dev.steward.model.register.Person;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesNewFileThenReopensWithNothingPendingAndDataKept() {
        Path file = dir.resolve("nested/folder/register");
        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count()).isGreaterThanOrEqualTo(5);
            new PersonRepository(db.dsl()).insert(Person.draft("Zoë Łukasz", "zoe@example.com", "CISO", "Sec"),
                    Instant.now());
        }
        assertThat(dir.resolve("nested/folder/register.mv.db")).isRegularFile();

        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isZero();
            assertThat(Flyway.configure().dataSource(db.dataSource()).load().info().pending()).isEmpty();
            assertThat(new PersonRepository(db.dsl()).findAll()).extracting(Person::name)
                    .containsExactly("Zoë Łukasz");
        }
    }

    @Test
    void theShippedSchemaVersionIsTheNewestMigration() {
        // opening skips Flyway when the history reaches SCHEMA_VERSION, so a migration added without raising
        // it would never run on an existing register
        assertThat(Database.SCHEMA_VERSION).isEqualTo(Migrations.newest());
    }

    @Test
    void aFailedMigrationInTheHistoryIsLeftToFlywayToReport() throws Exception {
        Path file = dir.resolve("register");
        try (Database db = Database.open(file);
             var connection = db.dataSource().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + Database.SCHEMA_VERSION + "'");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseOpenException.class)
                .satisfies(e -> assertThat(((DatabaseOpenException) e).reason())
                        .isEqualTo(DatabaseOpenException.Reason.MIGRATION_FAILED));
    }

    @Test
    void acceptsTheFileWithOrWithoutItsSuffix() {
        Path withSuffix = dir.resolve("reg.mv.db");
        try (Database db = Database.open(withSuffix)) {
            assertThat(db.location()).isEqualTo(withSuffix.toAbsolutePath());
        }
        try (Database db = Database.open(dir.resolve("reg"))) {
            assertThat(db.location()).isEqualTo(withSuffix.toAbsolutePath());
            assertThat(db.migrationsApplied()).isZero();
        }
    }

    @Test
    void registersInDifferentFilesAreIndependent() {
        try (Database first = Database.open(dir.resolve("first"));
             Database second = Database.open(dir.resolve("second"))) {
            new PersonRepository(first.dsl()).insert(Person.draft("Only in first", null, null, null), Instant.now());
            assertThat(new PersonRepository(first.dsl()).findAll()).hasSize(1);
            assertThat(new PersonRepository(second.dsl()).findAll()).isEmpty();
        }
    }

    @Test
    void secondOpenOfTheSameFileInThisJvmIsRefusedUntilTheFirstCloses() {
        Path file = dir.resolve("shared");
        try (Database first = Database.open(file)) {
            assertThatThrownBy(() -> Database.open(dir.resolve("shared.mv.db")))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.IN_USE))
                    .hasMessage("The database " + first.location()
                            + " is already open in another Steward window or process.");
            // the refused attempt must not have disturbed the first one
            assertThat(new PersonRepository(first.dsl()).findAll()).isEmpty();
        }
        try (Database again = Database.open(file)) {
            assertThat(again.migrationsApplied()).isZero();
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        Database db = Database.open(dir.resolve("twice"));
        db.close();
        db.close();
    }

    @Test
    void fileThatIsNotADatabaseGivesAClearMessage() throws IOException {
        Path notes = dir.resolve("notes.mv.db");
        Files.writeString(notes, "These are my meeting notes, not a database.\n".repeat(200));

        assertThatThrownBy(() -> Database.open(notes))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.NOT_A_DATABASE))
                .hasMessage("The file " + notes + " is not a Steward database or is damaged.");
        assertThat(Files.readString(notes)).startsWith("These are my meeting notes");
    }

    @Test
    void fileHeldByAnotherProcessGivesAClearMessage() throws Exception {
        Path file = dir.resolve("held");
        try (HeldRegister ignored = HeldRegister.start(file, dir)) {
            assertThatThrownBy(() -> Database.open(file))
                    .isInstanceOfSatisfying(DatabaseOpenException.class,
                            e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.IN_USE))
                    .hasMessage("The database " + dir.resolve("held.mv.db")
                            + " is already open in another Steward window or process.");
        }
        // once the other process is gone the file opens normally
        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isZero();
        }
    }

    @Test
    void suffixIsStrippedOnlyOnce() {
        assertThat(Database.basePathOf(Path.of("/a/b.mv.db"))).isEqualTo(Path.of("/a/b"));
        assertThat(Database.basePathOf(Path.of("/a/b"))).isEqualTo(Path.of("/a/b"));
        assertThat(List.of(Database.basePathOf(Path.of("rel/x.mv.db")).isAbsolute())).containsExactly(true);
    }
}
