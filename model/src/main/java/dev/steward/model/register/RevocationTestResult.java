package dev.steward.model.register;

/// Outcome of the last drill of the revocation path.
public enum RevocationTestResult {
    PASSED,
    PARTIAL,
    FAILED;
}
