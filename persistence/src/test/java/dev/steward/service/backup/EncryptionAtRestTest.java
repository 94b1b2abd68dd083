package dev.steward.service.backup;

import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// An encrypted register keeps every record unreadable in the file, and opens only with its passphrase.
class EncryptionAtRestTest {
    private static final char[] PASSPHRASE = "a long passphrase for the register".toCharArray();

    @TempDir
    Path dir;

    private static String sampleText(Database db) {
        RegisterService service = new RegisterService(db, () -> "tester");
        service.loadSampleData();
        return service.integrations().getFirst().name();
    }

    @Test
    void noRecordTextCanBeReadFromAnEncryptedFile() throws Exception {
        List<String> plainTexts;
        try (Database plain = Database.open(dir.resolve("plain"))) {
            sampleText(plain);
            plainTexts = recordTexts(plain);
        }
        List<String> encryptedTexts;
        try (Database encrypted = Database.open(dir.resolve("secret"), PASSPHRASE)) {
            sampleText(encrypted);
            encryptedTexts = recordTexts(encrypted);
        }
        assertThat(encryptedTexts).isEqualTo(plainTexts);
        // the control: pages are stored compressed, so not every text appears whole even in a plain file; the
        // ones that do are what the encrypted file must not show
        List<String> visibleInPlain = new ArrayList<>();
        for (String text : plainTexts) {
            if (contains(dir.resolve("plain.mv.db"), text)) {
                visibleInPlain.add(text);
            }
        }
        assertThat(visibleInPlain).as("record texts readable in the unencrypted file").hasSizeGreaterThan(3);
        for (String text : visibleInPlain) {
            assertThat(contains(dir.resolve("secret.mv.db"), text)).as(text).isFalse();
        }
        assertThat(contains(dir.resolve("plain.mv.db"), "INTEGRATION")).isTrue();
        assertThat(contains(dir.resolve("secret.mv.db"), "INTEGRATION")).isFalse();
        assertThat(Database.isEncryptedFile(dir.resolve("secret"))).isTrue();
        assertThat(Database.isEncryptedFile(dir.resolve("plain"))).isFalse();
    }

    /// Every integration's name and purpose, in register order.
    private static List<String> recordTexts(Database db) {
        List<String> texts = new ArrayList<>();
        for (var integration : new RegisterService(db, () -> "tester").integrations()) {
            texts.add(integration.name());
            texts.add(integration.purpose());
        }
        return texts;
    }

    @Test
    void opensOnlyWithTheRightPassphrase() {
        try (Database created = Database.open(dir.resolve("secret"), PASSPHRASE)) {
            sampleText(created);
        }
        assertThatThrownBy(() -> Database.open(dir.resolve("secret")))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.ENCRYPTED);
                    assertThat(e.getMessage()).contains("encrypted").contains("passphrase");
                });
        assertThatThrownBy(() -> Database.open(dir.resolve("secret"), "wrong passphrase here".toCharArray()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSPHRASE));
        try (Database reopened = Database.open(dir.resolve("secret"), PASSPHRASE.clone())) {
            assertThat(new RegisterService(reopened, () -> "t").integrations()).hasSizeGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void aPassphraseForAPlainRegisterSaysItIsNotEncrypted() {
        try (Database plain = Database.open(dir.resolve("plain"))) {
            sampleText(plain);
        }
        assertThatThrownBy(() -> Database.open(dir.resolve("plain"), PASSPHRASE))
                .isInstanceOfSatisfying(DatabaseOpenException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.WRONG_PASSPHRASE);
                    assertThat(e.getMessage()).contains("not encrypted");
                });
    }

    private static boolean contains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        return indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)) >= 0
                || indexOf(bytes, text.getBytes(StandardCharsets.UTF_16BE)) >= 0
                || indexOf(bytes, text.getBytes(StandardCharsets.UTF_16LE)) >= 0;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
