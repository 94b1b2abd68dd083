package dev.steward.model.ledger;

import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/// The audit log's hash chain: `hash(n) = SHA-256(hash(n-1) || canonical(content(n)))`, with
/// `hash(0)` = {@link #GENESIS}. `hash(n-1)` enters as its 32 raw bytes, the content as canonical JSON
/// (see {@link CanonicalJson}) of `sequence, occurredAt, actor, entityType, entityId, action, field, old, new`.
///
/// Anyone who edits, deletes or reorders a row must recompute every later hash to hide it; to catch even
/// that, anchor the head hash somewhere else (an export, a signed attestation).
public final class HashChain {
    /// The hash before the first entry: 32 zero bytes.
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /// The hash for an entry with this content following an entry whose hash is `previousHash`.
    public static String hash(String previousHash, long sequence, Instant occurredAt, String actor, String entityType,
                              String entityId, String action, String field, String oldValue, String newValue) {
        return Sha256.hex(HexFormat.of().parseHex(previousHash), canonical(sequence, occurredAt, actor, entityType,
                entityId, action, field, oldValue, newValue).getBytes(StandardCharsets.UTF_8));
    }

    /// The canonical JSON of one event: exactly what {@link CanonicalJson} writes for the object with these
    /// members (keys in code-unit order, nulls as null), written directly because verification hashes every
    /// event of the log and a tree per event costs a quarter of the time. HashChainEncodingTest keeps the two equal.
    static String canonical(long sequence, Instant occurredAt, String actor, String entityType, String entityId,
                            String action, String field, String oldValue, String newValue) {
        StringBuilder out = new StringBuilder(160);
        out.append("{\"action\":");
        CanonicalJson.appendStringOrNull(out, action);
        out.append(",\"actor\":");
        CanonicalJson.appendStringOrNull(out, actor);
        out.append(",\"entityId\":");
        CanonicalJson.appendStringOrNull(out, entityId);
        out.append(",\"entityType\":");
        CanonicalJson.appendStringOrNull(out, entityType);
        out.append(",\"field\":");
        CanonicalJson.appendStringOrNull(out, field);
        out.append(",\"new\":");
        CanonicalJson.appendStringOrNull(out, newValue);
        out.append(",\"occurredAt\":");
        CanonicalJson.appendStringOrNull(out, occurredAt.truncatedTo(ChronoUnit.MICROS).toString());
        out.append(",\"old\":");
        CanonicalJson.appendStringOrNull(out, oldValue);
        out.append(",\"sequence\":").append(sequence).append('}');
        return out.toString();
    }

    /// The hash of `entry`'s content, ignoring its stored hash, as if it followed `previousHash` at `sequence`.
    public static String hash(String previousHash, long sequence, LedgerEntry entry) {
        return hash(previousHash, sequence, entry.occurredAt(), entry.actor(), entry.entityType(), entry.entityId(),
                entry.action(), entry.field(), entry.oldValue(), entry.newValue());
    }

    /// The next entry after `previous` ({@code null} for the first), with sequence and hash filled in.
    public static LedgerEntry append(LedgerEntry previous, Instant occurredAt, String actor, String entityType,
                                     String entityId, String action, String field, String oldValue, String newValue) {
        long sequence = previous == null ? 1 : previous.sequence() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        return new LedgerEntry(sequence, occurredAt, actor, entityType, entityId, action, field, oldValue, newValue,
                hash(previousHash, sequence, occurredAt, actor, entityType, entityId, action, field, oldValue, newValue));
    }

    /// The hash of the last entry, or {@link #GENESIS} for an empty log: the value to anchor elsewhere.
    public static String head(List<LedgerEntry> entries) {
        return entries.isEmpty() ? GENESIS : entries.getLast().hash();
    }
}
