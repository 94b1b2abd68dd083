package dev.steward.storage;

import dev.steward.model.succession.SuccessionProposal;

import java.time.Instant;

/// A stored succession proposal; {@code confirmedAt} is {@code null} while it is still a gap.
public record StoredSuccession(long id, SuccessionProposal proposal, Instant proposedAt, String proposedBy,
                               Instant confirmedAt, String confirmedBy) {
    public boolean isPending() {
        return confirmedAt == null;
    }
}
