package dev.steward.model.dashboard;

import dev.steward.model.attestation.AttestationState;

import java.time.Instant;
import java.util.Objects;

/// The latest attestation of an integration, as far as the gap rules need it.
///
/// @param expiresAt when a signed attestation lapses; {@code null} unless it was signed
public record AttestationStanding(AttestationState state, Instant expiresAt) {
    public AttestationStanding {
        Objects.requireNonNull(state, "state");
    }
}
