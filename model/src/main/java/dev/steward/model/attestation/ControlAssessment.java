package dev.steward.model.attestation;

import dev.steward.model.classification.ControlId;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// The reviewer's assessment of one control for one integration.
///
/// Incomplete assessments are allowed here (a draft is edited over days); {@link AttestationRules} says
/// what is still missing before submission.
///
/// @param status        {@code null} while not yet assessed
/// @param justification why it is not applicable (required for {@link AssessmentStatus#NOT_APPLICABLE}
///                      before submission); otherwise optional
/// @param notes         free text for the signer
public record ControlAssessment(ControlId control, AssessmentStatus status, String justification, String notes,
                                List<EvidenceRef> evidence) {
    public ControlAssessment {
        Objects.requireNonNull(control, "control");
        justification = justification == null ? "" : justification;
        notes = notes == null ? "" : notes;
        evidence = List.copyOf(evidence == null ? List.of() : evidence);
    }

    public static ControlAssessment unassessed(ControlId control) {
        return new ControlAssessment(control, null, "", "", List.of());
    }

    public boolean isAssessed() {
        return status != null;
    }

    public ControlAssessment withStatus(AssessmentStatus newStatus, String newJustification) {
        return new ControlAssessment(control, newStatus, newJustification, notes, evidence);
    }

    public ControlAssessment withNotes(String newNotes) {
        return new ControlAssessment(control, status, justification, newNotes, evidence);
    }

    public ControlAssessment withEvidence(EvidenceRef added) {
        List<EvidenceRef> all = new ArrayList<>(evidence);
        all.add(added);
        return new ControlAssessment(control, status, justification, notes, all);
    }
}
