package dev.steward.storage;

import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.HashChain;
import dev.steward.model.ledger.LedgerEntry;
import dev.steward.storage.jooq.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.jooq.Result;

import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;

/// Checks the stored audit chain with the model's {@link ChainVerification}, without holding the whole log.
///
/// A first pass reads the rows in pages of {@value #PAGE} by sequence number and keeps only the previous hash,
/// so an intact log of a million rows costs one page of memory. Only when a row does not fit does it read the
/// rows up to a little past that point and let {@link ChainVerification#verify} name the break (edited,
/// deleted, reordered or inserted): that diagnosis looks at the neighbours, and it must stay the model's.
public final class LedgerVerifier {
    static final int PAGE = 1_000;
    /// More than the model's search window (32 rows), so the diagnosis sees every neighbour it would look at.
    private static final int DIAGNOSIS_MARGIN = 40;

    private final DSLContext ctx;

    public LedgerVerifier(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// @return the result for the whole log: rows read, the newest row's hash and the first break, if any
    public ChainVerification verify() {
        String previous = HashChain.GENESIS;
        long expected = 1;
        long lastSeq = Long.MIN_VALUE;
        int checked = 0;
        while (true) {
            Result<AuditEventRecord> page = ctx.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(lastSeq))
                    .orderBy(AUDIT_EVENT.SEQ).limit(PAGE).fetch();
            for (AuditEventRecord row : page) {
                LedgerEntry entry = toEntry(row);
                if (entry.sequence() != expected || !HashChain.hash(previous, expected, entry).equals(entry.hash())) {
                    return diagnose(checked);
                }
                previous = entry.hash();
                expected++;
                checked++;
            }
            if (page.size() < PAGE) {
                return new ChainVerification(checked, previous, Optional.empty());
            }
            lastSeq = page.getLast().getSeq();
        }
    }

    /// The break lies at row index `brokenIndex` (0-based in sequence order); the model classifies it from
    /// the rows before it and a window after it, then the totals are those of the whole log.
    private ChainVerification diagnose(int brokenIndex) {
        List<LedgerEntry> prefix = ctx.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ)
                .limit(brokenIndex + 1 + DIAGNOSIS_MARGIN).fetch(LedgerVerifier::toEntry);
        ChainVerification partial = ChainVerification.verify(prefix);
        int total = ctx.fetchCount(AUDIT_EVENT);
        String head = ctx.select(AUDIT_EVENT.HASH).from(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(1)
                .fetchOptional(AUDIT_EVENT.HASH).map(h -> h == null ? "" : h).orElse(HashChain.GENESIS);
        return new ChainVerification(total, head, partial.firstBreak());
    }

    /// A row as the chain sees it; a missing hash (a row nobody sealed) becomes empty, which never matches.
    static LedgerEntry toEntry(AuditEventRecord r) {
        return new LedgerEntry(r.getSeq(), DbTime.fromColumn(r.getOccurredAt()), r.getActor(), r.getEntityType(),
                String.valueOf(r.getEntityId()), r.getAction(), r.getField(), r.getOldValue(), r.getNewValue(),
                r.getHash() == null ? "" : r.getHash());
    }
}
