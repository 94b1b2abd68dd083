package dev.steward.model.attestation;

/// How far a control is in place for one integration, as the reviewer assesses it.
public enum AssessmentStatus {
    IMPLEMENTED("Implemented"),
    PARTIAL("Partially implemented"),
    NOT_IMPLEMENTED("Not implemented"),
    /// Needs a written justification: "not applicable" is the easiest way to skip a control.
    NOT_APPLICABLE("Not applicable");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
