package dev.steward.service.backup;

import dev.steward.storage.BackupException;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegisterEncryptionTest {
    private static final char[] ONE = "first passphrase for the register".toCharArray();
    private static final char[] TWO = "second passphrase for the register".toCharArray();

    @TempDir
    Path dir;

    private List<String> names(Path file, char[] passphrase) {
        try (Database db = Database.open(file, passphrase)) {
            return new RegisterService(db, () -> "t").integrations().stream().map(i -> i.name()).toList();
        }
    }

    @Test
    void encryptsChangesAndDecryptsKeepingEveryRecord() throws Exception {
        Path file = dir.resolve("register");
        try (Database db = Database.open(file)) {
            new RegisterService(db, () -> "t").loadSampleData();
        }
        List<String> before = names(file, null);

        RegisterEncryption.change(file, null, ONE);
        assertThat(Database.isEncryptedFile(file)).isTrue();
        assertThat(names(file, ONE)).isEqualTo(before);

        RegisterEncryption.change(file, ONE, TWO);
        assertThat(names(file, TWO)).isEqualTo(before);
        assertThatThrownBy(() -> names(file, ONE)).isInstanceOf(DatabaseOpenException.class);

        RegisterEncryption.change(file, TWO, null);
        assertThat(Database.isEncryptedFile(file)).isFalse();
        assertThat(names(file, null)).isEqualTo(before);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".steward-encrypt"));
        }
    }

    @Test
    void aWrongPassphraseChangesNothing() throws Exception {
        Path file = dir.resolve("register");
        try (Database db = Database.open(file, ONE)) {
            new RegisterService(db, () -> "t").loadSampleData();
        }
        byte[] before = Files.readAllBytes(dir.resolve("register.mv.db"));
        assertThatThrownBy(() -> RegisterEncryption.change(file, TWO, null))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSPHRASE));
        assertThat(Files.readAllBytes(dir.resolve("register.mv.db"))).isEqualTo(before);
    }

    @Test
    void encryptedRegistersBackUpAndRestoreWithTheirPassphrase() {
        Path file = dir.resolve("register");
        try (Database db = Database.open(file, ONE)) {
            new RegisterService(db, () -> "t").loadSampleData();
        }
        Path zip = Backups.backup(file, dir.resolve("b.zip"), false, ONE);
        assertThatThrownBy(() -> Backups.backup(file, dir.resolve("c.zip"), false))
                .isInstanceOf(BackupException.class).hasMessageContaining("encrypted");
        Backups.restore(zip, dir.resolve("restored"), false, ONE);
        assertThat(Database.isEncryptedFile(dir.resolve("restored"))).isTrue();
        assertThat(names(dir.resolve("restored"), ONE)).isEqualTo(names(file, ONE));
    }
}
