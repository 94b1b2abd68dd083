package dev.steward.service.audit;

import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.User;
import dev.steward.model.signing.KeyList;
import dev.steward.model.signing.PrivateKeyEncryption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The key list an administrator exports: every key of the register's history with its validity period.
class KeyListServiceTest extends AttestationFixture {
    private KeyList export(User admin) {
        return new KeyListService(db, clock, new PrivateKeyEncryption(1_000))
                .export(admin, TestUsers.PASSPHRASE.toCharArray());
    }

    @Test
    void replacedAndDeactivatedKeysGetTheirPeriods() {
        User root = users.user("root").orElseThrow();
        users.createSigningKey(root, TestUsers.PASSPHRASE.toCharArray());
        users.createSigningKey(max, TestUsers.PASSPHRASE.toCharArray());
        users.deactivate(root, "mia");

        KeyList list = export(root);

        assertThat(list.problems()).isEmpty();
        assertThat(list.signer().username()).isEqualTo("root");
        List<KeyList.Entry> maxKeys = list.keys().stream().filter(e -> e.username().equals("max")).toList();
        assertThat(maxKeys).hasSize(2);
        assertThat(maxKeys.get(0).validUntil()).isEqualTo(maxKeys.get(1).validFrom());
        assertThat(maxKeys.get(1).validUntil()).isNull();
        assertThat(maxKeys.get(0).name()).isEqualTo("Name of max");
        KeyList.Entry mias = list.keys().stream().filter(e -> e.username().equals("mia")).findFirst().orElseThrow();
        assertThat(mias.validUntil()).isNotNull().isAfter(mias.validFrom());
        assertThat(list.keys()).extracting(KeyList.Entry::username).contains("root");
        assertThat(column("SELECT COUNT(*) FROM audit_event WHERE action = '" + KeyListService.EXPORT_KEY_LIST + "'"))
                .isEqualTo("1");
    }

    @Test
    void onlyAnAdministratorWithAKeyExportsIt() {
        User root = users.user("root").orElseThrow();
        assertThatThrownBy(() -> export(max)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> export(root)).hasMessageContaining("Create your own signing key");
    }
}
