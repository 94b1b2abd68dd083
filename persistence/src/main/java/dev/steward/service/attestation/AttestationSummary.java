package dev.steward.service.attestation;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.dashboard.AttestationStanding;

import java.time.Instant;

/// The newest attestation of one integration, as the dashboard and the review queue list it: states, people and
/// dates only, never the snapshot or the signature.
public record AttestationSummary(long attestationId, long integrationId, String integrationName,
                                 AttestationState state, String submittedBy, Instant submittedAt,
                                 String returnedBy, Instant returnedAt, String returnComment,
                                 String signerName, Instant signedAt, Instant expiresAt, Instant staleAt) {

    public AttestationStanding standing() {
        return new AttestationStanding(state, expiresAt);
    }
}
