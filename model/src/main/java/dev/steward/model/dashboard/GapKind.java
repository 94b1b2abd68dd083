package dev.steward.model.dashboard;

/// A governance gap the dashboard lists: something about an integration that a governance lead must fix.
/// Declared in the order the dashboard shows them, most urgent kinds of problem first. Labels live in the app's
/// resource bundle (`enum.GapKind.<CONST>`).
public enum GapKind {
    NO_SPONSOR,
    SPONSOR_LEFT,
    OWNER_LEFT,
    /// A leaver's role awaits a confirmed successor ({@link SuccessionGaps}); the integration counts as ownerless.
    SUCCESSION_PENDING,
    NO_BACKUP_OWNER,
    NO_REVOCATION_PATH,
    REVOCATION_NEVER_TESTED,
    REVOCATION_TEST_FAILED,
    REVOCATION_TEST_OLD,
    LONG_LIVED_STATIC_CREDENTIAL,
    SECRET_OUTSIDE_MANAGER,
    ROTATION_OVERDUE,
    ATTESTATION_MISSING,
    ATTESTATION_EXPIRED,
    ATTESTATION_STALE,
    ATTESTATION_EXPIRING,
    UNDER_REASSESSMENT
}
