package dev.steward.model.attestation;

import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.classification.ControlId;
import dev.steward.model.validation.ValidationProblem;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/// One attestation of one integration's controls, immutable: every transition returns a new value and
/// throws {@link IllegalTransitionException} when the move is not allowed from the current state.
///
/// Transitions check permissions and separation of duties themselves, so a UI that forgets a check still
/// cannot sign its own submission. See {@link AttestationState} for the state diagram.
///
/// @param id               database id, 0 while unsaved
/// @param assessments      the reviewer's working assessments (edited in DRAFT)
/// @param submissionNumber 0 before the first submission, then 1, 2, ... per (re)submission
/// @param snapshot         frozen at submission; {@code null} in a never-submitted DRAFT
/// @param returnNote       the manager's comment when returned; kept through the following draft
/// @param signed           the signature; set from SIGNED on
/// @param expiresAt        when the signature stops being current; set from SIGNED on
/// @param staleReasons     why it went STALE; empty otherwise
/// @param staleSince       when it went STALE; {@code null} otherwise
public record Attestation(long id, long integrationId, AttestationState state, List<ControlAssessment> assessments,
                          int submissionNumber, AttestationSnapshot snapshot, ReturnNote returnNote,
                          SignedAttestation signed, Instant expiresAt, List<MaterialChange> staleReasons,
                          Instant staleSince) {

    /// A manager's reason for sending a submission back.
    public record ReturnNote(String returnedBy, Instant returnedAt, String comment) {
        public ReturnNote {
            Objects.requireNonNull(returnedBy, "returnedBy");
            Objects.requireNonNull(returnedAt, "returnedAt");
            Objects.requireNonNull(comment, "comment");
        }
    }

    public Attestation {
        Objects.requireNonNull(state, "state");
        assessments = List.copyOf(assessments == null ? List.of() : assessments);
        staleReasons = List.copyOf(staleReasons == null ? List.of() : staleReasons);
        boolean signedState = state == AttestationState.SIGNED || state == AttestationState.STALE;
        require(state == AttestationState.DRAFT || snapshot != null, state, "a snapshot");
        require(state != AttestationState.RETURNED || returnNote != null, state, "a return note");
        require(!signedState || (signed != null && expiresAt != null), state, "a signature and expiry");
        require(state != AttestationState.STALE || (!staleReasons.isEmpty() && staleSince != null), state, "stale reasons");
    }

    private static void require(boolean holds, AttestationState state, String what) {
        if (!holds) {
            throw new IllegalArgumentException("a " + state + " attestation needs " + what);
        }
    }

    /// A new, unsaved draft with the given starting assessments.
    public static Attestation draft(long integrationId, List<ControlAssessment> assessments) {
        return new Attestation(0, integrationId, AttestationState.DRAFT, assessments, 0, null, null, null, null,
                List.of(), null);
    }

    public Attestation withId(long newId) {
        return new Attestation(newId, integrationId, state, assessments, submissionNumber, snapshot, returnNote, signed,
                expiresAt, staleReasons, staleSince);
    }

    /// The working assessment of a control, or an unassessed one.
    public ControlAssessment assessment(ControlId control) {
        return assessments.stream().filter(a -> a.control() == control).findFirst()
                .orElseGet(() -> ControlAssessment.unassessed(control));
    }

    /// Replaces (or adds) the assessment of one control. Allowed in DRAFT and RETURNED; editing a returned
    /// attestation makes it a draft again.
    public Attestation withAssessment(ControlAssessment changed) {
        expect("edit", EnumSet.of(AttestationState.DRAFT, AttestationState.RETURNED));
        List<ControlAssessment> all = new ArrayList<>(assessments);
        all.removeIf(a -> a.control() == changed.control());
        all.add(changed);
        all.sort((a, b) -> a.control().compareTo(b.control()));
        return new Attestation(id, integrationId, AttestationState.DRAFT, all, submissionNumber, null, returnNote,
                null, null, List.of(), null);
    }

    /// RETURNED → DRAFT, keeping the assessments and the return comment for reference.
    public Attestation reopen() {
        expect("reopen", EnumSet.of(AttestationState.RETURNED));
        return new Attestation(id, integrationId, AttestationState.DRAFT, assessments, submissionNumber, null,
                returnNote, null, null, List.of(), null);
    }

    /// DRAFT or RETURNED → SUBMITTED, freezing `snapshot` (see {@link AttestationSnapshot#capture}).
    ///
    /// @throws dev.steward.model.access.AccessDenied when the reviewer may not submit
    /// @throws IllegalTransitionException when the state does not allow it, the snapshot belongs to another
    ///         integration or submitter, does not hold this draft's assessments, or fails {@link AttestationRules}
    public Attestation submit(User reviewer, AttestationSnapshot snapshot) {
        expect("submit", EnumSet.of(AttestationState.DRAFT, AttestationState.RETURNED));
        AccessPolicy.standard().require(reviewer, Permission.SUBMIT_ATTESTATIONS);
        if (snapshot.integrationId() != integrationId) {
            throw new IllegalTransitionException("Cannot submit: the snapshot is of integration " + snapshot.integrationId()
                    + ", this attestation is for integration " + integrationId + ".");
        }
        if (!snapshot.submittedBy().equals(reviewer.username())) {
            throw new IllegalTransitionException("Cannot submit: the snapshot names " + snapshot.submittedBy()
                    + " as submitter, but " + reviewer.username() + " is submitting.");
        }
        for (AttestedControl control : snapshot.controls()) {
            if (!control.assessment().equals(assessment(control.control()))) {
                throw new IllegalTransitionException("Cannot submit: the snapshot's assessment of "
                        + control.control().code() + " differs from the draft; capture the snapshot again.");
            }
        }
        List<ValidationProblem> problems = AttestationRules.submissionProblems(snapshot);
        if (!problems.isEmpty()) {
            throw new IllegalTransitionException("Cannot submit yet: " + problems.stream()
                    .map(ValidationProblem::message).collect(Collectors.joining(" ")));
        }
        return new Attestation(id, integrationId, AttestationState.SUBMITTED, assessments, submissionNumber + 1,
                snapshot, null, null, null, List.of(), null);
    }

    /// SUBMITTED → RETURNED with a comment the reviewer must see.
    public Attestation returnToReviewer(User manager, String comment, Instant at) {
        expect("return", EnumSet.of(AttestationState.SUBMITTED));
        AccessPolicy.standard().require(manager, Permission.RETURN_ATTESTATIONS);
        if (comment == null || comment.isBlank()) {
            throw new IllegalTransitionException("Cannot return the attestation without a comment: say what to fix.");
        }
        return new Attestation(id, integrationId, AttestationState.RETURNED, assessments, submissionNumber, snapshot,
                new ReturnNote(manager.username(), at, comment.strip()), null, null, List.of(), null);
    }

    /// SUBMITTED → SIGNED by a manager who did not submit it; expiry follows from the snapshot's risk tier.
    ///
    /// @throws dev.steward.model.access.AccessDenied when the manager may not sign, or submitted it
    public Attestation sign(User manager, KeyPair keys, Clock clock) {
        expect("sign", EnumSet.of(AttestationState.SUBMITTED));
        AccessPolicy.standard().requireMaySign(manager, snapshot.submittedBy());
        SignedAttestation signature = SignedAttestation.sign(snapshot, manager, keys, clock);
        Instant expires = AttestationValidity.expiresAt(signature.signature().signedAt(), snapshot.riskTier());
        return new Attestation(id, integrationId, AttestationState.SIGNED, assessments, submissionNumber, snapshot,
                null, signature, expires, List.of(), null);
    }

    /// SIGNED → STALE because of material changes since signing.
    public Attestation markStale(List<MaterialChange> reasons, Instant at) {
        expect("mark stale", EnumSet.of(AttestationState.SIGNED));
        if (reasons.isEmpty()) {
            throw new IllegalTransitionException("Cannot mark the attestation stale without a material change.");
        }
        return new Attestation(id, integrationId, AttestationState.STALE, assessments, submissionNumber, snapshot,
                null, signed, expiresAt, reasons, at);
    }

    /// A new draft for the next round after a signed or stale attestation, starting from the attested assessments.
    public Attestation startRenewal() {
        expect("renew", EnumSet.of(AttestationState.SIGNED, AttestationState.STALE));
        return draft(integrationId, snapshot.controls().stream().map(AttestedControl::assessment).toList());
    }

    /// True when signed (or stale) and `now` is at or after the expiry.
    public boolean isExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    /// True only for a signed, unexpired, not stale attestation: the integration is currently attested.
    public boolean isCurrent(Instant now) {
        return state == AttestationState.SIGNED && !isExpired(now);
    }

    private void expect(String action, Set<AttestationState> allowed) {
        if (!allowed.contains(state)) {
            throw new IllegalTransitionException("Cannot " + action + " attestation " + (id == 0 ? "(unsaved)" : id)
                    + ": it is " + state + "; " + action + " is only possible when it is "
                    + allowed.stream().map(Enum::name).collect(Collectors.joining(" or ")) + ".");
        }
    }
}
