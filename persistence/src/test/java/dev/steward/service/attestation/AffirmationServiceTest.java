package dev.steward.service.attestation;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.access.Actor;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.StoredAttestation;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Unlocking a manager's key to affirm an export follows the signing rules and is audited.
class AffirmationServiceTest extends AttestationFixture {
    private AffirmationService affirmations() {
        return new AffirmationService(db, Actor.signedIn(acting::get), clock, new PrivateKeyEncryption(1_000));
    }

    private StoredAttestation signedByMax() {
        StoredAttestation submitted = submittedBy(rita);
        return as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
    }

    @Test
    void aManagerUnlocksTheirKeyAndTheAffirmationIsAudited() {
        StoredAttestation signed = signedByMax();
        acting.set(mia);
        int before = new AuditLog(db.dsl()).forEntity(AuditLog.ATTESTATION, signed.id()).size();

        Affirmant affirmant = affirmations().unlock(signed.id(), TestUsers.PASSPHRASE.toCharArray(), "a CycloneDX export");

        assertThat(affirmant.user().username()).isEqualTo("mia");
        assertThat(affirmant.fingerprint()).isEqualTo(column("SELECT key_fingerprint FROM app_user WHERE username = 'mia'"));
        assertThat(affirmant.toString()).doesNotContain(TestUsers.PASSPHRASE);
        List<AuditEvent> events = new AuditLog(db.dsl()).forEntity(AuditLog.ATTESTATION, signed.id());
        assertThat(events).hasSize(before + 1);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AffirmationService.AFFIRM);
            assertThat(e.actor()).isEqualTo("mia");
            assertThat(e.newValue()).contains("a CycloneDX export", affirmant.fingerprint());
        });
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    @Test
    void theSigningRulesApplyAndARefusalWritesNothing() {
        StoredAttestation signed = signedByMax();
        StoredAttestation[] submittedByMia = {null};
        int before = rows("audit_event");

        acting.set(otto);
        assertThatThrownBy(() -> affirmations().unlock(signed.id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("sign attestations");
        acting.set(max);
        assertThatThrownBy(() -> affirmations().unlock(signed.id(), "wrong passphrase".toCharArray(), "x"))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> affirmations().unlock(9_999, TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(rows("audit_event")).isEqualTo(before);

        // mia submits the next round herself: she may not affirm it once it is signed
        as(rita).markStaleOnMaterialChange(integration.id(), List.of(new MaterialChange(MaterialChange.Kind.ACCESS, "x")));
        acting.set(max);
        assertThatThrownBy(() -> affirmations().unlock(signed.id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("stale");
        submittedByMia[0] = submittedBy(mia);
        assertThatThrownBy(() -> affirmations().unlock(submittedByMia[0].id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("submitted for signature");
        StoredAttestation second = as(max).sign(submittedByMia[0].id(), TestUsers.PASSPHRASE.toCharArray());
        acting.set(mia);
        assertThatThrownBy(() -> affirmations().unlock(second.id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void anExpiredAttestationCannotBeAffirmed() {
        StoredAttestation signed = signedByMax();
        acting.set(mia);
        var later = java.time.Clock.fixed(signed.attestation().expiresAt(), java.time.ZoneOffset.UTC);

        assertThatThrownBy(() -> new AffirmationService(db, Actor.signedIn(acting::get), later,
                new PrivateKeyEncryption(1_000)).unlock(signed.id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("expired on");
    }

    @Test
    void aManagerWithoutASigningKeyIsToldToCreateOne() {
        StoredAttestation signed = signedByMax();
        var root = users.users().stream().filter(u -> u.roles().contains(dev.steward.model.access.Role.ADMIN))
                .findFirst().orElseThrow();
        acting.set(TestUsers.create(users, root, "nora", dev.steward.model.access.Role.MANAGER));

        assertThatThrownBy(() -> affirmations().unlock(signed.id(), TestUsers.PASSPHRASE.toCharArray(), "x"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Create your signing key");
    }
}
