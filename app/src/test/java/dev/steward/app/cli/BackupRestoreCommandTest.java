package dev.steward.app.cli;

import dev.steward.model.register.Integration;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class BackupRestoreCommandTest {
    @TempDir
    Path dir;

    private List<String> integrationNames(Path db) {
        try (Database database = Database.open(db)) {
            return new RegisterService(database, () -> "test").integrations().stream().map(Integration::name).toList();
        }
    }

    private List<String> registerWithSampleData(Path db) {
        try (Database database = Database.open(db)) {
            new RegisterService(database, () -> "test").loadSampleData();
        }
        return integrationNames(db);
    }

    @Test
    void backupOfTheDefaultDatabaseRestoresElsewhereWithTheSameRecords() {
        Path perUser = dir.resolve("per-user/steward");
        List<String> names = registerWithSampleData(perUser);
        Path zip = dir.resolve("steward-backup.zip");

        CliRun backup = CliRun.run(perUser, "backup", "--to", zip.toString());
        CliRun restore = CliRun.run(perUser, "restore", "--from", zip.toString(), "--db", dir.resolve("copy").toString());

        assertThat(backup.err()).isEmpty();
        assertThat(backup.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(backup.out()).contains("Backed up " + perUser, "to " + zip);
        assertThat(restore.err()).isEmpty();
        assertThat(restore.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(restore.out()).startsWith("Restored " + dir.resolve("copy.mv.db") + " from " + zip);
        assertThat(names).hasSizeGreaterThan(5);
        assertThat(integrationNames(dir.resolve("copy"))).isEqualTo(names);
    }

    @Test
    void compactRewritesTheFileSmallerAndKeepsTheRecords() throws IOException {
        Path db = dir.resolve("register");
        List<String> names = registerWithSampleData(db);
        long before = Files.size(dir.resolve("register.mv.db"));

        CliRun compact = CliRun.run(db, "compact");

        assertThat(compact.err()).isEmpty();
        assertThat(compact.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(compact.out()).startsWith("Compacted " + dir.resolve("register.mv.db") + ": ").contains(" to ")
                .doesNotContain("0.0 MB");
        assertThat(Files.size(dir.resolve("register.mv.db"))).isLessThan(before);
        assertThat(integrationNames(db)).isEqualTo(names);
    }

    @Test
    void compactSaysSizesInKilobytesBelowAMegabyte() {
        assertThat(CompactCommand.size(0)).isEqualTo("0 KB");
        assertThat(CompactCommand.size(40_000)).isEqualTo("40 KB");
        assertThat(CompactCommand.size(1_048_575)).isEqualTo("1024 KB");
        assertThat(CompactCommand.size(5 * 1_048_576L + 524_288)).isEqualTo("5.5 MB");
    }

    @Test
    void compactOfAMissingRegisterIsAnIoErrorNamingIt() {
        CliRun compact = CliRun.run(dir.resolve("absent"), "compact");

        assertThat(compact.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(compact.err()).contains("There is no Steward database at " + dir.resolve("absent.mv.db"));
        assertThat(dir.resolve("absent.mv.db")).doesNotExist();
    }

    @Test
    void restoreOverAnExistingDatabaseNeedsForce() {
        Path source = dir.resolve("source");
        List<String> names = registerWithSampleData(source);
        Path zip = dir.resolve("b.zip");
        assertThat(CliRun.run(source, "backup", "--to", zip.toString()).exitCode()).isEqualTo(ExitCode.OK);
        Path existing = dir.resolve("existing");
        Database.open(existing).close();

        CliRun refused = CliRun.run(source, "restore", "--from", zip.toString(), "--db", existing.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(refused.err()).isEqualTo("steward restore: Refusing to overwrite the existing database "
                + dir.resolve("existing.mv.db") + ". Add --force to replace it." + System.lineSeparator());
        assertThat(integrationNames(existing)).isEmpty();

        CliRun forced = CliRun.run(source, "restore", "--from", zip.toString(), "--db", existing.toString(), "--force");

        assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(integrationNames(existing)).isEqualTo(names);
    }

    @Test
    void aCorruptBackupIsInvalidInputAndWritesNothing() throws IOException {
        Path zip = Files.writeString(dir.resolve("broken.zip"), "not a zip at all");
        Path target = dir.resolve("restored/steward");

        CliRun run = CliRun.run(dir.resolve("unused"), "restore", "--from", zip.toString(), "--db", target.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("steward restore: The file " + zip + " is not a Steward backup");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(zip);
        }
    }

    @Test
    void missingDatabaseOrBackupAndAnExistingTargetAreIoErrors() throws IOException {
        Path missingDb = dir.resolve("none");
        CliRun noDb = CliRun.run(missingDb, "backup", "--to", dir.resolve("x.zip").toString());
        CliRun noZip = CliRun.run(missingDb, "restore", "--from", dir.resolve("absent.zip").toString());
        registerWithSampleData(dir.resolve("reg"));
        Path taken = Files.writeString(dir.resolve("taken.zip"), "keep");
        CliRun exists = CliRun.run(dir.resolve("reg"), "backup", "--to", taken.toString());

        assertThat(List.of(noDb, noZip, exists)).extracting(CliRun::exitCode).containsOnly(ExitCode.IO_OR_DATABASE);
        assertThat(noDb.err()).contains("There is no Steward database at " + dir.resolve("none.mv.db"));
        assertThat(noZip.err()).contains("There is no backup file at " + dir.resolve("absent.zip"));
        assertThat(exists.err()).contains("Refusing to overwrite the existing backup file " + taken, "--force");
        assertThat(Files.readString(taken)).isEqualTo("keep");
        assertThat(dir.resolve("x.zip")).doesNotExist();
        assertThat(dir.resolve("none.mv.db")).doesNotExist();
    }
}
