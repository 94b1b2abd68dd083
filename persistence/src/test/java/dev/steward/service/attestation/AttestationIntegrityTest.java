package dev.steward.service.attestation;

import dev.steward.storage.AuditLog;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.StoredEvidence;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.attestation.VerificationResult.Failure;
import dev.steward.model.classification.ControlId;
import dev.steward.model.register.Integration;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Tampering, staleness, evidence integrity and the role matrix at the service layer.
class AttestationIntegrityTest extends AttestationFixture {
    private static final List<String> TABLES = List.of("attestation", "control_assessment", "evidence", "audit_event");

    private StoredAttestation signed() {
        StoredAttestation submitted = submittedBy(rita);
        return as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
    }

    @Test
    void editedSnapshotTextFailsWithTheHashMismatch() {
        StoredAttestation signed = signed();
        db.dsl().execute("UPDATE attestation SET snapshot = REPLACE(snapshot, 'Ticket agent', 'Harmless bot')");

        assertThat(as(otto).verify(signed.id()).failures()).containsExactly(Failure.SNAPSHOT_HASH_MISMATCH);
    }

    @Test
    void whitespaceOnlyEditOfTheSnapshotTextIsCaughtToo() {
        StoredAttestation signed = signed();
        db.dsl().execute("UPDATE attestation SET snapshot = snapshot || ' '");

        assertThat(as(otto).verify(signed.id()).failures()).containsExactly(Failure.SNAPSHOT_HASH_MISMATCH);
    }

    @Test
    void editedSignatureBlockFailsTheSignature() {
        StoredAttestation signed = signed();
        db.dsl().execute("UPDATE attestation SET signature = REPLACE(signature, 'Name of max', 'Chief Executive')");

        assertThat(as(otto).verify(signed.id()).failures()).containsExactly(Failure.BAD_SIGNATURE);
    }

    @Test
    void resigningWithAForeignKeyIsNotTrusted() {
        StoredAttestation signed = signed();
        // A forger signs the same snapshot as "max" with a key of their own: valid maths, wrong key.
        User fakeMax = new User(0, "max", "Name of max", "Title of max", Set.of(Role.MANAGER), true);
        SignedAttestation forged = SignedAttestation.sign(signed.attestation().snapshot(), fakeMax, SigningKeys.generate(),
                Clock.fixed(Instant.parse("2026-04-02T00:00:00Z"), ZoneOffset.UTC));
        db.dsl().execute("UPDATE attestation SET signature = ?", CanonicalJson.write(forged.signature().toJsonTree()));

        assertThat(as(otto).verify(signed.id()).failures()).containsExactly(Failure.KEY_NOT_TRUSTED);
    }

    @Test
    void signaturesStillVerifyAfterTheManagerReplacesTheirKey() {
        StoredAttestation signed = signed();
        users.createSigningKey(max, "a completely new passphrase".toCharArray());

        assertThat(as(otto).verify(signed.id()).valid()).isTrue();
    }

    @Test
    void editingTheIntegrationAfterSigningKeepsTheSnapshotAndMarksItStale() {
        StoredAttestation signed = signed();
        String snapshotBefore = column("SELECT snapshot FROM attestation");
        Integration current = service.integration(integration.id()).orElseThrow();

        service.update(TestRegisters.withSponsor(TestRegisters.renamed(current, "Renamed agent"), ben.id()));

        StoredAttestation after = as(otto).currentAttestation(integration.id()).orElseThrow();
        assertThat(column("SELECT snapshot FROM attestation")).isEqualTo(snapshotBefore);
        assertThat(after.attestation().snapshot().integration().name()).isEqualTo("Ticket agent");
        assertThat(after.attestation().state()).isEqualTo(AttestationState.STALE);
        assertThat(after.attestation().staleReasons()).extracting(MaterialChange::kind)
                .containsExactly(MaterialChange.Kind.OWNERSHIP);
        assertThat(after.attestation().staleSince()).isNotNull();
        assertThat(attestations.verify(signed.id()).valid()).as("stale is not forged").isTrue();
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.ATTESTATION, signed.id()).getFirst())
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo(AuditLog.MARK_STALE);
                    assertThat(e.actor()).isEqualTo("rita");
                    assertThat(e.newValue()).contains("Ownership changed");
                });
    }

    @Test
    void nonMaterialEditLeavesTheAttestationSigned() {
        signed();
        Integration current = service.integration(integration.id()).orElseThrow();

        service.update(TestRegisters.renamed(current, "Just a new name"));

        assertThat(column("SELECT state FROM attestation")).isEqualTo("SIGNED");
    }

    @Test
    void reclassificationEscalationMarksItStale() {
        StoredAttestation signed = signed();
        Integration current = service.integration(integration.id()).orElseThrow();

        service.classify(current.id(), current.version(), TestAnswers.of(TestAnswers.writingAgent()));

        StoredAttestation after = as(otto).currentAttestation(integration.id()).orElseThrow();
        assertThat(after.id()).isEqualTo(signed.id());
        assertThat(after.attestation().state()).isEqualTo(AttestationState.STALE);
        assertThat(after.attestation().staleReasons()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(MaterialChange.Kind.RECLASSIFICATION_ESCALATION);
            assertThat(c.detail()).contains("risk tier rose from Low to High");
        });
    }

    @Test
    void evidenceHashIsStoredAndCheckedOnEveryRead() throws Exception {
        ControlId control = as(rita).assessments(integration.id()).getFirst().applicable().control().id();
        byte[] content = "rotation log — Zoë, 東京".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("rotation.txt"), content);

        StoredEvidence saved = attestations.attachEvidence(integration.id(), control, file, "rotation.txt",
                "text/plain", LocalDate.of(2026, 3, 31), "Q1 rotation");

        assertThat(saved.ref().sha256()).isEqualTo(Sha256.hex(content));
        assertThat(saved.ref().sizeBytes()).isEqualTo(content.length);
        assertThat(saved.ref().effectiveDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(saved.ref().uploadedBy()).isEqualTo("rita");
        assertThat(as(otto).evidenceContent(saved.id())).isEqualTo(content);
        assertThat(as(rita).assessments(integration.id()).getFirst().assessment().evidence())
                .containsExactly(saved.ref());

        db.dsl().execute("UPDATE evidence SET content = ? WHERE id = ?", "forged".getBytes(StandardCharsets.UTF_8), saved.id());
        assertThatThrownBy(() -> attestations.evidenceContent(saved.id()))
                .isInstanceOf(EvidenceIntegrityException.class).hasMessageContaining(saved.ref().sha256());
    }

    @Test
    void evidenceIsFrozenIntoTheSnapshot() {
        ControlId control = as(rita).assessments(integration.id()).getFirst().applicable().control().id();
        StoredEvidence saved = attestations.attachEvidence(integration.id(), control, new byte[]{1, 2, 3}, "a.bin",
                "application/octet-stream", LocalDate.of(2026, 1, 1), null);

        StoredAttestation submitted = submittedBy(rita);

        assertThat(submitted.attestation().snapshot().controls()).filteredOn(c -> c.control() == control)
                .singleElement().satisfies(c -> assertThat(c.assessment().evidence()).containsExactly(saved.ref()));
    }

    @Test
    void oversizedOrEmptyEvidenceIsRefusedWithAClearMessage() {
        ControlId control = as(rita).assessments(integration.id()).getFirst().applicable().control().id();

        assertThatThrownBy(() -> attestations.attachEvidence(integration.id(), control, new byte[1025], "big.pdf",
                "application/pdf", LocalDate.now(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("big.pdf is larger than the 1 KB allowed");
        assertThatThrownBy(() -> attestations.attachEvidence(integration.id(), control, new byte[0], "empty.pdf",
                "application/pdf", LocalDate.now(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("empty");
        assertThat(rows("evidence")).isZero();
    }

    @Test
    void auditorIsDeniedEveryWriteAndNothingIsWritten() {
        StoredAttestation submitted = submittedBy(rita);
        ControlId control = as(rita).assessments(integration.id()).getFirst().applicable().control().id();
        Map<String, Integer> before = counts();
        as(otto);

        List<Runnable> writes = List.of(
                () -> attestations.saveAssessment(integration.id(), control, AssessmentStatus.IMPLEMENTED, null, null, 1),
                () -> attestations.attachEvidence(integration.id(), control, new byte[]{1}, "x", "text/plain",
                        LocalDate.now(), null),
                () -> attestations.startDraft(integration.id()),
                () -> attestations.submit(integration.id()),
                () -> attestations.returnToReviewer(submitted.id(), "no"),
                () -> attestations.sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()),
                () -> attestations.markStaleOnMaterialChange(integration.id(),
                        List.of(new MaterialChange(MaterialChange.Kind.ACCESS, "x"))));
        for (Runnable write : writes) {
            assertThatThrownBy(write::run).isInstanceOf(AccessDenied.class).hasMessageContaining("Name of otto (otto) may not");
        }
        assertThat(counts()).isEqualTo(before);
        assertThat(column("SELECT state || version FROM attestation")).isEqualTo("SUBMITTED" + submitted.version());
    }

    @Test
    void reviewerCannotSignOrReturnAndManagerCannotAssess() {
        StoredAttestation submitted = submittedBy(rita);
        ControlId control = as(rita).assessments(integration.id()).getFirst().applicable().control().id();
        Map<String, Integer> before = counts();

        assertThatThrownBy(() -> as(rita).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("Manager");
        assertThatThrownBy(() -> as(rita).returnToReviewer(submitted.id(), "no")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> as(rita).verify(submitted.id())).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> as(max).saveAssessment(integration.id(), control, AssessmentStatus.PARTIAL, null,
                null, 1)).isInstanceOf(AccessDenied.class).hasMessageContaining("Reviewer");
        assertThatThrownBy(() -> as(max).submit(integration.id())).isInstanceOf(AccessDenied.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void deactivatedOrUnknownAccountsAreDeniedEvenWithAnOldUserObject() {
        StoredAttestation submitted = submittedBy(rita);
        users.deactivate(users.user("root").orElseThrow(), "max");
        Map<String, Integer> before = counts();

        assertThatThrownBy(() -> as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("deactivated");
        User stranger = new User(0, "ghost", "Ghost", "", Set.of(Role.MANAGER), true);
        assertThatThrownBy(() -> as(stranger).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("no such account");
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Integer> counts() {
        return TABLES.stream().collect(java.util.stream.Collectors.toMap(t -> t, this::rows));
    }
}
