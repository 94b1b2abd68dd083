package dev.steward.service.backup;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.storage.AuditLog;
import dev.steward.storage.BackupException;
import dev.steward.storage.Database;
import dev.steward.storage.Engine;
import dev.steward.testing.TestRegisters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Large writes leave H2's file far above its live size; compaction gives the space back without changing a
/// record or the audit chain, after a large import by itself and on demand (`steward compact`).
class CompactionTest {
    @TempDir
    Path dir;

    @Test
    void compactingShrinksTheFileAndKeepsEveryRecordAndTheChain() throws IOException {
        Path register = dir.resolve("register");
        List<Integration> before;
        try (Database db = Database.open(register)) {
            RegisterService service = new RegisterService(db, () -> "alice");
            service.loadSampleData();
            Integration edited = service.integrations().getFirst();
            for (int n = 0; n < 200; n++) { // many small commits: each leaves old pages behind
                edited = service.update(TestRegisters.withPurpose(edited, "Edited " + n + " times"));
            }
            before = service.integrations();
        }
        long uncompacted = Files.size(Database.locationOf(register));

        Engine.Compacted done = Backups.compact(register, null);

        assertThat(done.bytesBefore()).isEqualTo(uncompacted);
        assertThat(done.bytesAfter()).isEqualTo(Files.size(Database.locationOf(register)))
                .isLessThan(uncompacted / 2);
        try (Database db = Database.open(register)) {
            assertThat(new RegisterService(db, () -> "bob").integrations()).isEqualTo(before);
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
        }
    }

    @Test
    void aLargeImportHasTheRegisterCompactedWhenItCloses() throws IOException {
        Path register = dir.resolve("register");
        Path csv = dir.resolve("import.csv");
        long beforeClose;
        try (Database db = Database.open(register)) {
            writeCsv(db, csv, RegisterImporter.COMPACT_AFTER_ROWS);
            RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
            importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                    ProgressMonitor.NONE);
            assertThat(db.compactsOnClose()).isTrue();
            beforeClose = db.fileSize();
        }

        assertThat(Files.size(Database.locationOf(register))).as("file after close, against %s before", beforeClose)
                .isLessThan(beforeClose / 3);
        try (Database db = Database.open(register)) {
            assertThat(new RegisterService(db, () -> "bob").integrations()).hasSize(RegisterImporter.COMPACT_AFTER_ROWS);
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
            assertThat(db.compactsOnClose()).as("a plain reopen does not compact again").isFalse();
        }
    }

    @Test
    void aSmallImportDoesNotAskForCompaction() throws IOException {
        try (Database db = Database.open(dir.resolve("register"))) {
            Path csv = dir.resolve("small.csv");
            writeCsv(db, csv, 20);
            RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
            importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                    ProgressMonitor.NONE);

            assertThat(db.compactsOnClose()).isFalse();
        }
    }

    @Test
    void compactingRefusesARegisterThatIsOpenAndLeavesItAlone() {
        Path register = dir.resolve("register");
        try (Database db = Database.open(register)) {
            new RegisterService(db, () -> "alice").loadSampleData();

            assertThatThrownBy(() -> Backups.compact(register, null)).isInstanceOfSatisfying(BackupException.class,
                    e -> {
                        assertThat(e.reason()).isEqualTo(BackupException.Reason.IN_USE);
                        assertThat(e.getMessage()).contains(Database.locationOf(register).toString(), "Close Steward");
                    });
            assertThat(new RegisterService(db, () -> "alice").integrations()).isNotEmpty();
        }
    }

    @Test
    void compactingAMissingRegisterSaysThereIsNone() {
        Path missing = dir.resolve("nothing-here");

        assertThatThrownBy(() -> Backups.compact(missing, null)).isInstanceOfSatisfying(BackupException.class,
                e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NO_DATABASE));
        assertThat(Database.locationOf(missing)).doesNotExist();
    }

    @Test
    void anEncryptedRegisterIsCompactedWithItsPassphraseAndStaysEncrypted() {
        Path register = dir.resolve("secret");
        try (Database db = Database.open(register, "correct horse".toCharArray())) {
            new RegisterService(db, () -> "alice").loadSampleData();
        }

        assertThatThrownBy(() -> Backups.compact(register, "wrong horse".toCharArray()))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.ENCRYPTED));
        Backups.compact(register, "correct horse".toCharArray());

        assertThat(Database.isEncryptedFile(register)).isTrue();
        try (Database db = Database.open(register, "correct horse".toCharArray())) {
            assertThat(new RegisterService(db, () -> "bob").integrations()).isNotEmpty();
        }
    }

    private static void writeCsv(Database db, Path csv, int rows) {
        List<Integration> drafts = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            drafts.add(TestRegisters.minimal("Imported integration number " + i, IntegrationKind.MCP_SERVER));
        }
        new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
    }
}
