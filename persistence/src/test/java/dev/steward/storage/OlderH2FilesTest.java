package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.Migrations;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Registers written by H2 2.5.252, which Steward shipped with before it pinned H2 2.4.240 (docs/robustness.md),
/// open with the pinned H2, are migrated to the current schema and keep every record and an intact audit chain:
/// first-schema files (plain and encrypted), a current-schema file closed cleanly, and one left unclosed by a
/// SIGKILL. The files were made once by {@link H2FixtureWriter} running on H2 2.5.252.
class OlderH2FilesTest {
    /// H2 releases that lost no acknowledged commit in the kill harness (docs/robustness.md). 2.5.252 lost some.
    private static final Set<String> MEASURED_H2 = Set.of("2.4.240");

    @TempDir
    Path dir;

    /// Copies a fixture out of the test resources into the temp folder, so the test never changes the original.
    private Path unpack(String name) throws IOException {
        Path base = dir.resolve(name);
        try (InputStream gz = OlderH2FilesTest.class.getResourceAsStream("/registers/h2-2.5.252/" + name + ".mv.db.gz")) {
            assertThat(gz).as("test resource %s", name).isNotNull();
            Files.copy(new GZIPInputStream(gz), Database.fileOf(base));
        }
        return base;
    }

    @Test
    void thePinnedH2IsOneTheKillHarnessMeasured() throws SQLException {
        try (Database db = Database.open(dir.resolve("register")); Connection c = db.dataSource().getConnection()) {
            String version = c.getMetaData().getDatabaseProductVersion().split(" ")[0];
            assertThat(MEASURED_H2).as("H2 %s is not a version that lost nothing in the kill harness"
                    + " (docs/robustness.md): run the harness on it, and add it here only if it loses nothing", version)
                    .contains(version);
        }
    }

    @Test
    void aFirstSchemaRegisterOfH2_2_5IsMigratedAndKeepsItsData() throws IOException {
        Path file = unpack("v1-plain");
        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 1);
            assertKeptFirstSchemaRecords(new RegisterService(db, () -> "alice"));
        }
        writeAndReadBack(file, null);
    }

    @Test
    void anEncryptedFirstSchemaRegisterOfH2_2_5OpensOnlyWithItsPassphraseAndIsMigrated() throws IOException {
        Path file = unpack("v1-encrypted");
        assertThat(Database.isEncryptedFile(file)).isTrue();
        assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(DatabaseOpenException.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.ENCRYPTED));
        assertThatThrownBy(() -> Database.open(file, "not the passphrase".toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSPHRASE));
        try (Database db = Database.open(file, H2FixtureWriter.PASSPHRASE.clone())) {
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 1);
            assertKeptFirstSchemaRecords(new RegisterService(db, () -> "alice"));
        }
        writeAndReadBack(file, H2FixtureWriter.PASSPHRASE);
    }

    @Test
    void aCurrentSchemaRegisterClosedByH2_2_5OpensWithItsEditAndHistory() throws IOException {
        Path file = unpack("current-plain");
        try (Database db = Database.open(file)) {
            // the fixture is at schema 9; migrations added since then run on it
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 9);
            RegisterService service = new RegisterService(db, () -> "alice");
            Integration edited = onlyOneWithPurposeStarting(service, "Edited before the upgrade");
            assertThat(edited.version()).isEqualTo(2);
            assertThat(service.history(edited.id())).extracting(AuditEvent::action).contains(AuditLog.UPDATE);
            assertThat(service.integrations()).hasSizeGreaterThan(10);
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
        }
        writeAndReadBack(file, null);
    }

    @Test
    void aRegisterLeftUnclosedBySigkillUnderH2_2_5OpensWithEveryAcknowledgedEdit() throws IOException {
        Path file = unpack("killed");
        try (Database db = Database.open(file)) {
            RegisterService service = new RegisterService(db, () -> "alice");
            // the writer printed "EDIT 5" after the fifth edit's commit returned, and was killed then
            Integration edited = onlyOneWithPurposeStarting(service, "Edit ");
            assertThat(edited.purpose()).isEqualTo("Edit 5 before the kill");
            assertThat(edited.version()).isEqualTo(7);
            assertThat(service.history(edited.id())).filteredOn(e -> e.action().equals(AuditLog.UPDATE))
                    .extracting(AuditEvent::newValue).contains("Edited before the upgrade", "Edit 1 before the kill",
                            "Edit 2 before the kill", "Edit 3 before the kill", "Edit 4 before the kill",
                            "Edit 5 before the kill");
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
        }
        writeAndReadBack(file, null);
    }

    private static void assertKeptFirstSchemaRecords(RegisterService service) {
        assertThat(service.people()).extracting(Person::name).containsExactly("Zoë Łukasz");
        assertThat(service.search(SearchQuery.ALL.withText("summar"), 0, 10).rows())
                .extracting(IntegrationSummary::name).containsExactly("Kept");
    }

    private static Integration onlyOneWithPurposeStarting(RegisterService service, String prefix) {
        var matching = service.integrations().stream().filter(i -> i.purpose().startsWith(prefix)).toList();
        assertThat(matching).as("integrations whose purpose starts with '%s'", prefix).hasSize(1);
        return matching.getFirst();
    }

    /// The pinned H2 writes to the old file, and what it wrote is there after a clean close and a new open.
    private static void writeAndReadBack(Path file, char[] passphrase) {
        long id;
        try (Database db = Database.open(file, passphrase == null ? null : passphrase.clone())) {
            RegisterService service = new RegisterService(db, () -> "alice");
            id = service.create(TestRegisters.minimal("Written by the pinned H2", IntegrationKind.ASSISTANT_COPILOT)).id();
        }
        try (Database db = Database.open(file, passphrase == null ? null : passphrase.clone())) {
            assertThat(new RegisterService(db, () -> "alice").integration(id)).map(Integration::name)
                    .contains("Written by the pinned H2");
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
        }
    }
}
