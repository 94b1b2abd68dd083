package dev.steward.storage;

import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.classification.ControlId;

/// An evidence file as stored, without its content (read that with {@link AttestationService#evidenceContent}).
///
/// @param note free text from the uploader; empty when none was given
public record StoredEvidence(long id, long integrationId, ControlId control, EvidenceRef ref, String note) {
    public StoredEvidence {
        note = note == null ? "" : note;
    }
}
