package dev.steward.service.backup;

import dev.steward.storage.BackupException;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.SearchQuery;
import dev.steward.testing.HeldRegister;
import dev.steward.testing.LegacyRows;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreGivesTheSameRecords() {
        Path original = dir.resolve("original");
        List<Integration> integrations;
        List<Person> people;
        try (Database db = Database.open(original)) {
            RegisterService service = new RegisterService(db, () -> "alice");
            service.loadSampleData();
            integrations = service.integrations();
            people = service.people();
        }
        Path zip = Backups.backup(original, dir.resolve("backups/steward.zip"), false);
        assertThat(zip).isRegularFile().isEqualTo(dir.resolve("backups/steward.zip"));

        Backups.Restored restored = Backups.restore(zip, dir.resolve("copy.mv.db"), false);

        assertThat(restored.database()).isEqualTo(dir.resolve("copy.mv.db"));
        assertThat(restored.migrationsApplied()).isZero();
        try (Database copy = Database.open(dir.resolve("copy"))) {
            RegisterService service = new RegisterService(copy, () -> "bob");
            assertThat(integrations).hasSizeGreaterThan(5);
            assertThat(service.integrations()).isEqualTo(integrations);
            assertThat(service.people()).isEqualTo(people);
        }
    }

    @Test
    void backupWorksWhileTheRegisterIsOpenInThisProcessAndSeesCommittedData() {
        Path file = dir.resolve("live");
        try (Database db = Database.open(file)) {
            new PersonRepository(db.dsl()).insert(Person.draft("Zoë Łukasz", null, null, null), Instant.now());

            Backups.backup(file, dir.resolve("live.zip"), false);

            // the open register is undisturbed
            new PersonRepository(db.dsl()).insert(Person.draft("After backup", null, null, null), Instant.now());
            assertThat(new PersonRepository(db.dsl()).findAll()).hasSize(2);
        }
        Backups.restore(dir.resolve("live.zip"), dir.resolve("restored"), false);
        try (Database restored = Database.open(dir.resolve("restored"))) {
            assertThat(new PersonRepository(restored.dsl()).findAll()).extracting(Person::name)
                    .containsExactly("Zoë Łukasz");
        }
    }

    @Test
    void restoringAFirstSchemaBackupMigratesItAndKeepsItsData() throws SQLException {
        Path old = dir.resolve("v1");
        Flyway.configure().dataSource("jdbc:h2:file:" + old, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + old, "sa", "")) {
            LegacyRows.integration(connection, "From release one", "Summarises support tickets");
        }
        Path zip = Backups.backup(old, dir.resolve("v1.zip"), false);

        Backups.Restored restored = Backups.restore(zip, dir.resolve("now"), false);

        int all;
        try (Database fresh = Database.open(dir.resolve("fresh"))) {
            all = fresh.migrationsApplied();
        }
        // everything after the first schema version was applied on restore
        assertThat(restored.migrationsApplied()).isEqualTo(all - 1).isPositive();
        try (Database db = Database.open(dir.resolve("now"))) {
            assertThat(db.migrationsApplied()).isZero();
            RegisterService service = new RegisterService(db, () -> "alice");
            assertThat(service.integrations()).extracting(Integration::name).containsExactly("From release one");
            assertThat(service.latestClassifications()).isEmpty();
            // the search terms that came after the first release were built when the restore opened it
            assertThat(service.search(SearchQuery.ALL.withText("release summ"), 0, 5).total()).isEqualTo(1);
        }
    }

    @Test
    void corruptZipIsRefusedClearlyAndNothingIsWritten() throws IOException {
        Path zip = dir.resolve("broken.zip");
        Files.writeString(zip, "PK this is not really a zip");
        Path target = dir.resolve("target/register");

        assertThatThrownBy(() -> Backups.restore(zip, target, false))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP);
                    assertThat(e.file()).isEqualTo(zip);
                })
                .hasMessageStartingWith("The file " + zip + " is not a Steward backup: it is not a readable zip file");
        assertThat(filesUnder(dir.resolve("target"))).isEmpty();
    }

    @Test
    void zipWithoutADatabaseOrWithJunkInsideIsNotABackup() throws IOException {
        Path notes = zipWith("notes.zip", "notes.txt", "meeting notes");
        Path junk = zipWith("junk.zip", "steward.mv.db", "this is not an H2 file ".repeat(300));

        assertThatThrownBy(() -> Backups.restore(notes, dir.resolve("a"), false))
                .isInstanceOf(BackupException.class)
                .hasMessage("The file " + notes + " is not a Steward backup: it holds no database file (.mv.db).");
        assertThatThrownBy(() -> Backups.restore(junk, dir.resolve("b"), false))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP))
                .hasMessageContaining("the file inside is not a Steward database or is damaged");
        assertThat(dir.resolve("a.mv.db")).doesNotExist();
        assertThat(dir.resolve("b.mv.db")).doesNotExist();
        assertThat(filesUnder(dir)).allMatch(p -> p.getFileName().toString().endsWith(".zip"));
    }

    @Test
    void restoreRefusesAnExistingRegisterUnlessToldToReplaceIt() {
        Path zip;
        try (Database source = Database.open(dir.resolve("source"))) {
            new PersonRepository(source.dsl()).insert(Person.draft("From backup", null, null, null), Instant.now());
        }
        zip = Backups.backup(dir.resolve("source"), dir.resolve("source.zip"), false);
        try (Database existing = Database.open(dir.resolve("existing"))) {
            new PersonRepository(existing.dsl()).insert(Person.draft("Already here", null, null, null), Instant.now());

            assertThatThrownBy(() -> Backups.restore(zip, dir.resolve("existing"), true))
                    .isInstanceOfSatisfying(BackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.IN_USE))
                    .hasMessageContaining("Close Steward and try again");
        }
        Path existing = dir.resolve("existing.mv.db");
        assertThatThrownBy(() -> Backups.restore(zip, existing, false))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_EXISTS))
                .hasMessage("Refusing to overwrite the existing database " + existing + ".");
        assertThat(names(dir.resolve("existing"))).containsExactly("Already here");

        Backups.restore(zip, existing, true);

        assertThat(names(dir.resolve("existing"))).containsExactly("From backup");
    }

    @Test
    void backupOfAMissingRegisterOrOntoAnExistingFileIsRefused() throws IOException {
        assertThatThrownBy(() -> Backups.backup(dir.resolve("nothing"), dir.resolve("x.zip"), false))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NO_DATABASE))
                .hasMessage("There is no Steward database at " + dir.resolve("nothing.mv.db") + ".");
        assertThat(dir.resolve("nothing.mv.db")).doesNotExist();

        Database.open(dir.resolve("reg")).close();
        Path taken = dir.resolve("taken.zip");
        Files.writeString(taken, "keep me");
        assertThatThrownBy(() -> Backups.backup(dir.resolve("reg"), taken, false))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_EXISTS));
        assertThat(Files.readString(taken)).isEqualTo("keep me");
        Backups.backup(dir.resolve("reg"), taken, true);
        assertThat(new String(Files.readAllBytes(taken), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    @Test
    void aRegisterHeldByAnotherProcessIsBackedUpByThatProcessButNeverReplaced() throws Exception {
        Path file = dir.resolve("held");
        Path zip = dir.resolve("held.zip");
        try (Database db = Database.open(file)) {
            new RegisterService(db, () -> "alice").loadSampleData();
        }
        List<String> before = names(file);
        Backups.backup(file, zip, false);
        try (HeldRegister ignored = HeldRegister.start(file, dir)) {
            // the holder (as the desktop app would) takes the backup for us: a consistent copy while it runs
            Path whileRunning = Backups.backup(file, dir.resolve("while-running.zip"), false);
            assertThat(whileRunning).exists();
            String expected = "it is open in another Steward process (the desktop app locks the file while it runs)."
                    + " Close Steward and try again.";
            assertThatThrownBy(() -> Backups.restore(zip, file, true))
                    .isInstanceOfSatisfying(BackupException.class,
                            e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.IN_USE))
                    .hasMessage("Cannot restore over " + dir.resolve("held.mv.db") + ": " + expected);
        }
        Backups.restore(dir.resolve("while-running.zip"), dir.resolve("copy"), false);
        assertThat(names(dir.resolve("copy"))).isEqualTo(before).isNotEmpty();
        try (Stream<Path> leftovers = Files.list(dir)) {
            assertThat(leftovers.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part")
                    || n.startsWith(".steward-restore") || n.contains(".backup-request-") || n.contains(".backup-done-"));
        }
    }

    private List<String> names(Path register) {
        try (Database db = Database.open(register)) {
            return new PersonRepository(db.dsl()).findAll().stream().map(Person::name).toList();
        }
    }

    private Path zipWith(String zipName, String entry, String content) throws IOException {
        Path zip = dir.resolve(zipName);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            zipOut.putNextEntry(new ZipEntry(entry));
            zipOut.write(content.getBytes(StandardCharsets.UTF_8));
            zipOut.closeEntry();
        }
        return zip;
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
