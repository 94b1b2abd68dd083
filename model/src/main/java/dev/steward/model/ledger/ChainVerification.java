package dev.steward.model.ledger;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/// The result of walking an audit log in sequence order and re-computing every hash.
///
/// Only the first break is reported: after it, every later row is suspect anyway, and the first one is
/// where an investigator starts. The kind is inferred from how the neighbouring rows still fit (see
/// {@link ChainBreak.Kind}); a removal of the newest rows leaves no trace inside the log, so compare
/// {@link #headHash()} with an anchored copy to catch it.
///
/// @param entriesChecked how many entries were read
/// @param headHash       the last entry's stored hash ({@link HashChain#GENESIS} when empty)
/// @param firstBreak     empty when the chain is intact
public record ChainVerification(int entriesChecked, String headHash, Optional<ChainBreak> firstBreak) {
    /// How far (in rows and sequence numbers) to look for a moved row's true place.
    private static final int SEARCH_WINDOW = 32;

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /// Verifies entries given in any order; they are walked by sequence number.
    public static ChainVerification verify(List<LedgerEntry> entries) {
        List<LedgerEntry> rows = entries.stream().sorted(Comparator.comparingLong(LedgerEntry::sequence)).toList();
        String previous = HashChain.GENESIS;
        long expected = 1;
        for (int i = 0; i < rows.size(); i++) {
            LedgerEntry row = rows.get(i);
            Optional<ChainBreak> broken = Optional.empty();
            if (row.sequence() > expected) {
                broken = Optional.of(new ChainBreak(expected, ChainBreak.Kind.DELETED, "Rows " + expected
                        + (row.sequence() - 1 > expected ? " to " + (row.sequence() - 1) : "") + " are missing."));
            } else if (row.sequence() < expected) {
                broken = Optional.of(new ChainBreak(row.sequence(), ChainBreak.Kind.INSERTED,
                        "Sequence " + row.sequence() + " appears more than once: a row was inserted."));
            } else if (!HashChain.hash(previous, row.sequence(), row).equals(row.hash())) {
                broken = Optional.of(diagnose(rows, i, previous));
            }
            if (broken.isPresent()) {
                return new ChainVerification(rows.size(), HashChain.head(rows), broken);
            }
            previous = row.hash();
            expected++;
        }
        return new ChainVerification(rows.size(), HashChain.head(rows), Optional.empty());
    }

    private static ChainBreak diagnose(List<LedgerEntry> rows, int i, String previous) {
        LedgerEntry row = rows.get(i);
        long s = row.sequence();
        Optional<Integer> home = truePredecessor(rows, i);
        if (home.isPresent()) {
            if (home.get() == i - 2) {
                long intruder = rows.get(i - 1).sequence();
                return new ChainBreak(intruder, ChainBreak.Kind.INSERTED, "Row " + intruder
                        + " was inserted: the row after it still chains from the row before it.");
            }
            return new ChainBreak(s, ChainBreak.Kind.REORDERED,
                    "Row " + s + " is genuine but belongs elsewhere in the log: rows were reordered.");
        }
        if (i + 1 < rows.size()) {
            LedgerEntry next = rows.get(i + 1);
            if (HashChain.hash(row.hash(), next.sequence(), next).equals(next.hash())) {
                return edited(s);
            }
            if (HashChain.hash(previous, next.sequence(), next).equals(next.hash())
                    || HashChain.hash(previous, next.sequence() - 1, next).equals(next.hash())) {
                return new ChainBreak(s, ChainBreak.Kind.INSERTED,
                        "Row " + s + " was inserted: the row after it chains from the row before it.");
            }
            for (int shift = 1; shift <= SEARCH_WINDOW; shift++) {
                if (HashChain.hash(row.hash(), next.sequence() + shift, next).equals(next.hash())) {
                    return new ChainBreak(s, ChainBreak.Kind.DELETED, shift + " row(s) before " + s
                            + " were deleted and the later rows renumbered.");
                }
            }
        }
        return edited(s);
    }

    private static ChainBreak edited(long sequence) {
        return new ChainBreak(sequence, ChainBreak.Kind.EDITED,
                "Row " + sequence + " was changed after it was written: its content no longer matches its hash.");
    }

    /// The index of the row (-1 for the genesis) after which `rows[i]` is valid at some nearby sequence
    /// number other than its current place.
    private static Optional<Integer> truePredecessor(List<LedgerEntry> rows, int i) {
        LedgerEntry row = rows.get(i);
        int from = Math.max(-1, i - SEARCH_WINDOW);
        int to = Math.min(rows.size() - 1, i + SEARCH_WINDOW);
        for (int k = from; k <= to; k++) {
            if (k == i) {
                continue;
            }
            String predecessor = k < 0 ? HashChain.GENESIS : rows.get(k).hash();
            for (long t = Math.max(1, row.sequence() - SEARCH_WINDOW); t <= row.sequence() + SEARCH_WINDOW; t++) {
                if (HashChain.hash(predecessor, t, row).equals(row.hash())) {
                    return Optional.of(k);
                }
            }
        }
        return Optional.empty();
    }
}
