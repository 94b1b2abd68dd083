package dev.steward.model.attestation;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.steward.model.attestation.AttestationFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class AttestationStateMachineTest {
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final List<MaterialChange> OWNER_CHANGE = List.of(new MaterialChange(MaterialChange.Kind.OWNERSHIP, "changed: sponsorId"));

    private final AttestationFixture f = new AttestationFixture(RiskTier.HIGH);

    @Test
    void draftSubmitSign() {
        Attestation submitted = f.submitted();
        assertEquals(AttestationState.SUBMITTED, submitted.state());
        assertEquals(1, submitted.submissionNumber());
        assertEquals("rita", submitted.snapshot().submittedBy());

        Attestation signed = submitted.sign(MANAGER, KEYS, clock(NOW.plusSeconds(60)));
        assertEquals(AttestationState.SIGNED, signed.state());
        assertEquals("max", signed.signed().signature().signerUsername());
        assertTrue(signed.signed().verify().valid());
        assertTrue(signed.isCurrent(NOW.plusSeconds(61)));
    }

    @Test
    void returnedCanBeResubmittedAsANewSubmission() {
        Attestation returned = f.submitted().returnToReviewer(MANAGER, "  Attach the rotation log.  ", NOW);
        assertEquals(AttestationState.RETURNED, returned.state());
        assertEquals("Attach the rotation log.", returned.returnNote().comment());
        assertEquals("max", returned.returnNote().returnedBy());

        Attestation again = returned.submit(REVIEWER, f.snapshot(REVIEWER, NOW.plusSeconds(5)));
        assertEquals(AttestationState.SUBMITTED, again.state());
        assertEquals(2, again.submissionNumber());
        assertNull(again.returnNote());
    }

    @Test
    void returnedCanBeEditedAsDraftKeepingTheComment() {
        Attestation returned = f.submitted().returnToReviewer(MANAGER, "Fix STW-01", NOW);
        Attestation reopened = returned.reopen();
        assertEquals(AttestationState.DRAFT, reopened.state());
        assertEquals("Fix STW-01", reopened.returnNote().comment());

        var changed = f.assessments.getFirst().withNotes("now with the log");
        Attestation edited = returned.withAssessment(changed);
        assertEquals(AttestationState.DRAFT, edited.state());
        assertEquals(changed, edited.assessment(changed.control()));
        assertNull(edited.snapshot());
    }

    @Test
    void signedGoesStaleOnMaterialChangeAndRenews() {
        Attestation stale = f.signed(KEYS).markStale(OWNER_CHANGE, NOW.plusSeconds(900));
        assertEquals(AttestationState.STALE, stale.state());
        assertEquals(OWNER_CHANGE, stale.staleReasons());
        assertFalse(stale.isCurrent(NOW.plusSeconds(901)));

        Attestation renewal = stale.startRenewal();
        assertEquals(AttestationState.DRAFT, renewal.state());
        assertEquals(0, renewal.id());
        assertEquals(f.assessments, renewal.assessments());
    }

    @Test
    void commentIsRequiredToReturn() {
        Attestation submitted = f.submitted();
        assertThrows(IllegalTransitionException.class, () -> submitted.returnToReviewer(MANAGER, "  ", NOW));
        assertThrows(IllegalTransitionException.class, () -> submitted.returnToReviewer(MANAGER, null, NOW));
    }

    @Test
    void markingStaleNeedsAReason() {
        assertThrows(IllegalTransitionException.class, () -> f.signed(KEYS).markStale(List.of(), NOW));
    }

    @Test
    void everyIllegalMoveThrowsWithTheState() {
        Attestation draft = f.draft();
        Attestation submitted = f.submitted();
        Attestation returned = submitted.returnToReviewer(MANAGER, "no", NOW);
        Attestation signed = submitted.sign(MANAGER, KEYS, clock(NOW));
        Attestation stale = signed.markStale(OWNER_CHANGE, NOW);

        record Move(String name, UnaryOperator<Attestation> op, List<AttestationState> legalFrom) {
        }
        List<Move> moves = List.of(
                new Move("edit", a -> a.withAssessment(f.assessments.getFirst()), List.of(AttestationState.DRAFT, AttestationState.RETURNED)),
                new Move("reopen", Attestation::reopen, List.of(AttestationState.RETURNED)),
                new Move("submit", a -> a.submit(REVIEWER, f.snapshot(REVIEWER, NOW)), List.of(AttestationState.DRAFT, AttestationState.RETURNED)),
                new Move("return", a -> a.returnToReviewer(MANAGER, "why", NOW), List.of(AttestationState.SUBMITTED)),
                new Move("sign", a -> a.sign(MANAGER, KEYS, clock(NOW)), List.of(AttestationState.SUBMITTED)),
                new Move("mark stale", a -> a.markStale(OWNER_CHANGE, NOW), List.of(AttestationState.SIGNED)),
                new Move("renew", Attestation::startRenewal, List.of(AttestationState.SIGNED, AttestationState.STALE)));
        int illegal = 0;
        for (Attestation from : List.of(draft, submitted, returned, signed, stale)) {
            for (Move move : moves) {
                if (move.legalFrom().contains(from.state())) {
                    assertNotNull(move.op().apply(from), move.name() + " from " + from.state());
                } else {
                    illegal++;
                    var e = assertThrows(IllegalTransitionException.class, () -> move.op().apply(from),
                            move.name() + " from " + from.state());
                    assertTrue(e.getMessage().contains("it is " + from.state()), e.getMessage());
                    assertTrue(e.getMessage().startsWith("Cannot " + move.name()), e.getMessage());
                }
            }
        }
        assertEquals(5 * 7 - 10, illegal);
    }

    @Test
    void submitterCannotSignTheirOwnSubmission() {
        Attestation submitted = f.draft().submit(BOTH, f.snapshot(BOTH, NOW));
        var e = assertThrows(AccessDenied.class, () -> submitted.sign(BOTH, KEYS, clock(NOW)));
        assertTrue(e.getMessage().contains("separation of duties"), e.getMessage());
        assertFalse(AttestationRules.canSign(submitted, BOTH));
        assertTrue(AttestationRules.canSign(submitted, MANAGER));
        assertEquals(AttestationState.SIGNED, submitted.sign(MANAGER, KEYS, clock(NOW)).state());
    }

    @Test
    void rolesAreCheckedByTheTransitions() {
        assertThrows(AccessDenied.class, () -> f.draft().submit(MANAGER, f.snapshot(MANAGER, NOW)));
        assertThrows(AccessDenied.class, () -> f.draft().submit(AUDITOR, f.snapshot(AUDITOR, NOW)));
        assertThrows(AccessDenied.class, () -> f.submitted().sign(AUDITOR, KEYS, clock(NOW)));
        assertThrows(AccessDenied.class, () -> f.submitted().sign(REVIEWER, KEYS, clock(NOW)));
        assertThrows(AccessDenied.class, () -> f.submitted().returnToReviewer(REVIEWER, "x", NOW));
    }

    @Test
    void submitRejectsASnapshotThatDoesNotMatchTheDraft() {
        var other = f.snapshot(MANAGER, NOW);
        assertThrows(IllegalTransitionException.class, () -> f.draft().submit(REVIEWER, other));
        Attestation changedDraft = f.draft().withAssessment(f.assessments.getFirst().withNotes("edited after capture"));
        var stale = f.snapshot(REVIEWER, NOW);
        var e = assertThrows(IllegalTransitionException.class, () -> changedDraft.submit(REVIEWER, stale));
        assertTrue(e.getMessage().contains(f.assessments.getFirst().control().code()), e.getMessage());
    }

    @Test
    void laterEditsNeverChangeTheSubmittedSnapshot() {
        Attestation submitted = f.submitted();
        String before = submitted.snapshot().toJson();
        Attestation reedited = submitted.returnToReviewer(MANAGER, "redo", NOW)
                .withAssessment(f.assessments.getFirst().withStatus(AssessmentStatus.PARTIAL, ""));
        assertEquals(before, submitted.snapshot().toJson());
        assertEquals(AssessmentStatus.IMPLEMENTED, submitted.snapshot().controls().getFirst().assessment().status());
        assertNotEquals(submitted.assessments(), reedited.assessments());
    }
}
