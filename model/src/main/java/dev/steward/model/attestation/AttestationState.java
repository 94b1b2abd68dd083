package dev.steward.model.attestation;

/// Where an attestation is in its life. Expiry is not a state: it follows from the clock, see
/// {@link Attestation#isExpired(java.time.Instant)}.
///
/// ```
/// DRAFT --submit--> SUBMITTED --sign--> SIGNED --material change--> STALE
///   ^                   |
///   |                return (with comment)
///   |                   v
///   +----reopen---- RETURNED --submit (new submission)--> SUBMITTED
/// ```
public enum AttestationState {
    DRAFT("Draft"),
    SUBMITTED("Submitted for signature"),
    RETURNED("Returned to reviewer"),
    SIGNED("Signed"),
    STALE("Stale: a material change since signing");

    private final String label;

    AttestationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
