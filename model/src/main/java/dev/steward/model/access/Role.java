package dev.steward.model.access;

/// What a person does in Steward. A user may hold several roles; permissions are the union.
public enum Role {
    /// Assesses controls, uploads evidence and submits attestations.
    REVIEWER("Reviewer"),
    /// Signs or returns submitted attestations with a personal signing key.
    MANAGER("Manager"),
    /// Reads everything and verifies signatures and the audit log; changes nothing.
    AUDITOR("Auditor"),
    /// Manages user accounts. Deliberately not a super-user: signing needs MANAGER, so that an
    /// administrator cannot create an account and sign with it unnoticed by holding one role.
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
