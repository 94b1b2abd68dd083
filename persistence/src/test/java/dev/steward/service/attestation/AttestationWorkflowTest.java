package dev.steward.service.attestation;

import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.StaleRecordException;
import dev.steward.storage.StoredAttestation;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.AttestationValidity;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AttestationWorkflowTest extends AttestationFixture {

    @Test
    void draftSubmitReturnResubmitSignVerify() {
        StoredAttestation first = submittedBy(rita);
        assertThat(first.attestation().state()).isEqualTo(AttestationState.SUBMITTED);
        assertThat(first.attestation().snapshot().submittedBy()).isEqualTo("rita");
        assertThat(first.attestation().snapshot().riskTier()).isEqualTo(RiskTier.LOW);

        StoredAttestation returned = as(max).returnToReviewer(first.id(), "Attach the rotation log.");
        assertThat(returned.attestation().state()).isEqualTo(AttestationState.RETURNED);
        assertThat(returned.attestation().returnNote().comment()).isEqualTo("Attach the rotation log.");

        AssessedControl control = as(rita).assessments(integration.id()).getFirst();
        attestations.saveAssessment(integration.id(), control.applicable().control().id(), AssessmentStatus.PARTIAL,
                null, "rotation log attached", control.version());
        assertThat(attestations.currentAttestation(integration.id()).orElseThrow().attestation().state())
                .as("editing a returned attestation makes it a draft again").isEqualTo(AttestationState.DRAFT);
        StoredAttestation resubmitted = attestations.submit(integration.id());
        assertThat(resubmitted.id()).isEqualTo(first.id());
        assertThat(resubmitted.attestation().submissionNumber()).isEqualTo(2);

        StoredAttestation signed = as(max).sign(first.id(), TestUsers.PASSPHRASE.toCharArray());

        Attestation a = signed.attestation();
        assertThat(a.state()).isEqualTo(AttestationState.SIGNED);
        assertThat(a.signed().signature().signerName()).isEqualTo("Name of max");
        assertThat(a.signed().signature().fingerprint()).isEqualTo(column("SELECT key_fingerprint FROM app_user WHERE username = 'max'"));
        assertThat(a.expiresAt()).isEqualTo(AttestationValidity.expiresAt(a.signed().signature().signedAt(), RiskTier.LOW));
        assertThat(a.snapshot().controls()).filteredOn(c -> c.control() == control.applicable().control().id())
                .singleElement().extracting(c -> c.assessment().status()).isEqualTo(AssessmentStatus.PARTIAL);
        assertThat(column("SELECT signer_name || '/' || signer_title || '/' || signed_by FROM attestation"))
                .isEqualTo("Name of max/Title of max/max");
        assertThat(as(otto).verify(first.id()).valid()).isTrue();
        assertThat(attestations.history(integration.id())).hasSize(1);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.ATTESTATION, first.id()))
                .extracting(AuditEvent::action, AuditEvent::actor).contains(
                        org.assertj.core.groups.Tuple.tuple(AuditLog.SIGN, "max"),
                        org.assertj.core.groups.Tuple.tuple(AuditLog.RETURN, "max"),
                        org.assertj.core.groups.Tuple.tuple(AuditLog.SUBMIT, "rita"));
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    @Test
    void submitterWhoAlsoManagesCannotSignButAnotherManagerCan() {
        StoredAttestation submitted = submittedBy(mia);
        int events = rows("audit_event");

        assertThatThrownBy(() -> as(mia).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("separation of duties");
        assertThat(column("SELECT state FROM attestation")).isEqualTo("SUBMITTED");
        assertThat(column("SELECT signature FROM attestation")).isNull();
        assertThat(rows("audit_event")).isEqualTo(events);

        assertThat(as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray()).attestation().state())
                .isEqualTo(AttestationState.SIGNED);
    }

    @Test
    void wrongPassphraseSignsNothing() {
        StoredAttestation submitted = submittedBy(rita);
        int events = rows("audit_event");

        assertThatThrownBy(() -> as(max).sign(submitted.id(), "not my passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessageContaining("passphrase is wrong");

        assertThat(column("SELECT state FROM attestation")).isEqualTo("SUBMITTED");
        assertThat(column("SELECT signature FROM attestation")).isNull();
        assertThat(column("SELECT version FROM attestation")).isEqualTo(String.valueOf(submitted.version()));
        assertThat(rows("audit_event")).isEqualTo(events);
    }

    @Test
    void submitIsRefusedWithTheRulesProblemsAndWritesNothing() {
        as(rita).startDraft(integration.id());
        List<AssessedControl> controls = attestations.assessments(integration.id());
        assertThat(controls).isNotEmpty();
        ControlId skipped = controls.getLast().applicable().control().id();
        controls.stream().filter(c -> c.applicable().control().id() != skipped).forEach(c ->
                attestations.saveAssessment(integration.id(), c.applicable().control().id(),
                        AssessmentStatus.IMPLEMENTED, null, null, c.version()));
        int events = rows("audit_event");

        assertThatThrownBy(() -> attestations.submit(integration.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("controls[" + skipped.code() + "].status"));
        assertThat(column("SELECT state FROM attestation")).isEqualTo("DRAFT");
        assertThat(column("SELECT snapshot FROM attestation")).isNull();
        assertThat(rows("audit_event")).isEqualTo(events);
    }

    @Test
    void assessmentsAreLockedWhileSubmittedAndUseOptimisticLocking() {
        AssessedControl control = as(rita).assessments(integration.id()).getFirst();
        ControlId id = control.applicable().control().id();
        long v1 = attestations.saveAssessment(integration.id(), id, AssessmentStatus.NOT_IMPLEMENTED, null, null, 0);

        assertThatThrownBy(() -> attestations.saveAssessment(integration.id(), id, AssessmentStatus.IMPLEMENTED,
                null, null, 0)).isInstanceOf(StaleRecordException.class).hasMessageContaining("rita");
        assertThat(attestations.saveAssessment(integration.id(), id, AssessmentStatus.IMPLEMENTED, null, null, v1))
                .isEqualTo(v1 + 1);

        submittedBy(rita);
        AssessedControl now = attestations.assessments(integration.id()).getFirst();
        assertThatThrownBy(() -> attestations.saveAssessment(integration.id(), id, AssessmentStatus.PARTIAL, null,
                null, now.version())).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("awaits signature");
        assertThatThrownBy(() -> attestations.startDraft(integration.id())).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void notApplicableNeedsAJustificationBeforeSubmitting() {
        assessAll();
        AssessedControl first = as(rita).assessments(integration.id()).getFirst();
        attestations.saveAssessment(integration.id(), first.applicable().control().id(), AssessmentStatus.NOT_APPLICABLE,
                " ", null, first.version());
        attestations.startDraft(integration.id());

        assertThatThrownBy(() -> attestations.submit(integration.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining(".justification");
    }
}
