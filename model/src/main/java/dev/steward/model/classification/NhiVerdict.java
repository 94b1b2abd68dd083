package dev.steward.model.classification;

/// Whether an AI integration is a non-human identity.
public enum NhiVerdict {
    /// It can authenticate, use credentials or act without a person approving each step.
    NHI("Non-human identity"),
    /// Nothing in the answers gives it an identity of its own.
    NOT_NHI("Not a non-human identity"),
    /// No rule makes it an NHI, but a key answer is missing or unknown, so it cannot be ruled out.
    UNDETERMINED("Undetermined: key answers are missing");

    private final String label;

    NhiVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
