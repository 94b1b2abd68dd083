package dev.steward.model.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/// One audit-log event with its place in the hash chain, independent of how it is stored.
///
/// `occurredAt` is truncated to microseconds because that is what SQL timestamp columns keep; a hash over
/// nanoseconds the database then drops would make every stored row look edited.
///
/// @param sequence   1, 2, 3, ... with no gaps
/// @param entityType e.g. "integration", "attestation", "user"
/// @param field      the changed field, {@code null} for whole-record actions
/// @param oldValue   {@code null} on creation
/// @param newValue   {@code null} on removal
/// @param hash       {@link HashChain#hash} of the previous entry's hash and this entry's content
public record LedgerEntry(long sequence, Instant occurredAt, String actor, String entityType, String entityId,
                          String action, String field, String oldValue, String newValue, String hash) {
    public LedgerEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(hash, "hash");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /// A copy with another sequence number and hash, for tests and re-chaining.
    public LedgerEntry withSequence(long newSequence, String newHash) {
        return new LedgerEntry(newSequence, occurredAt, actor, entityType, entityId, action, field, oldValue, newValue, newHash);
    }
}
