package dev.steward.model.discovery;

/// Where a finding stands against the register after the last run.
public enum FindingStatus {
    /// Nothing in the register matches it: proposed as a new integration.
    NEW("new"),
    /// It matches an integration and says nothing the record does not.
    MATCHED("matched"),
    /// It matches an integration and goes beyond the record (new tools, broader access, new credentials).
    CHANGED("changed"),
    /// Someone dismissed it with a reason; it stays hidden while it comes back unchanged from the same sources.
    DISMISSED("dismissed");

    private final String label;

    FindingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
