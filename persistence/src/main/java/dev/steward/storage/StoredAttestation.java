package dev.steward.storage;

import dev.steward.model.attestation.Attestation;

import java.time.Instant;
import java.util.Objects;

/// An attestation as stored: the model value plus what only the row knows.
///
/// @param attestation the attestation; for DRAFT and RETURNED its assessments are the current working ones,
///                    otherwise those frozen in the snapshot
/// @param version     the row's version, bumped by every transition (optimistic locking)
public record StoredAttestation(Attestation attestation, long version, String createdBy, Instant createdAt) {
    public StoredAttestation {
        Objects.requireNonNull(attestation, "attestation");
    }

    public long id() {
        return attestation.id();
    }
}
