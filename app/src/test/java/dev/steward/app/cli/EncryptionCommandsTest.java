package dev.steward.app.cli;

import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/// encrypt, decrypt, and every command that opens a register, on an encrypted one.
class EncryptionCommandsTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private final Map<String, String> environment = new HashMap<>();

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void register() {
        CliPassphrase.useEnvironment(environment::get);
        db = dir.resolve("register");
        try (Database open = Database.open(db)) {
            new RegisterService(open, () -> "tester").loadSampleData();
        }
    }

    @AfterEach
    void restoreEnvironment() {
        CliPassphrase.useSystem();
    }

    @Test
    void encryptThenUseThenDecrypt() throws Exception {
        environment.put(CliPassphrase.NEW_VARIABLE, PASSPHRASE);
        CliRun encrypted = CliRun.run(db, "encrypt");
        assertThat(encrypted.exitCode()).as(encrypted.err()).isZero();
        assertThat(Database.isEncryptedFile(db)).isTrue();

        // without the passphrase a command cannot open it, and says how to give it
        CliRun refused = CliRun.run(db, "export", "--format", "csv", "--out", dir.resolve("no.csv").toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.AUTHENTICATION_FAILED);
        assertThat(refused.err()).contains(CliPassphrase.VARIABLE).contains("encrypted");

        environment.put(CliPassphrase.VARIABLE, "not the passphrase at all");
        assertThat(CliRun.run(db, "export", "--format", "csv", "--out", dir.resolve("no.csv").toString()).exitCode())
                .isEqualTo(ExitCode.AUTHENTICATION_FAILED);
        assertThat(dir.resolve("no.csv")).doesNotExist();

        environment.put(CliPassphrase.VARIABLE, PASSPHRASE);
        CliRun exported = CliRun.run(db, "export", "--format", "csv", "--out", dir.resolve("yes.csv").toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("yes.csv"))).hasSizeGreaterThan(20);
        assertThat(CliRun.run(db, "verify-log").exitCode()).isZero();

        CliRun backup = CliRun.run(db, "backup", "--to", dir.resolve("b.zip").toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();
        CliRun restore = CliRun.run(db, "restore", "--from", dir.resolve("b.zip").toString(),
                "--db", dir.resolve("copy").toString());
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(Database.isEncryptedFile(dir.resolve("copy"))).isTrue();

        CliRun decrypted = CliRun.run(db, "decrypt");
        assertThat(decrypted.exitCode()).as(decrypted.err()).isZero();
        assertThat(Database.isEncryptedFile(db)).isFalse();
        environment.clear();
        assertThat(CliRun.run(db, "verify-log").exitCode()).isZero();
    }

    @Test
    void aShortNewPassphraseIsRefusedAndNothingChanges() throws Exception {
        byte[] before = Files.readAllBytes(dir.resolve("register.mv.db"));
        environment.put(CliPassphrase.NEW_VARIABLE, "short");
        CliRun run = CliRun.run(db, "encrypt");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("at least 12");
        assertThat(Files.readAllBytes(dir.resolve("register.mv.db"))).isEqualTo(before);
    }

    @Test
    void decryptingAPlainRegisterSaysItIsNotEncrypted() {
        CliRun run = CliRun.run(db, "decrypt");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("not encrypted");
    }
}
