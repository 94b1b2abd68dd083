package dev.steward.model.ledger;

/// The first place the audit chain does not hold.
///
/// @param sequence the sequence number where the chain breaks: the edited, inserted or misplaced row,
///                 or for a deletion the first missing number
/// @param kind     what most likely happened there
/// @param message  one sentence for people
public record ChainBreak(long sequence, Kind kind, String message) {
    public enum Kind {
        /// The row's content no longer matches its hash; later rows still chain from it.
        EDITED,
        /// Rows are missing: a gap in the sequence, or later rows chain from a hash no row has.
        DELETED,
        /// A row that was never part of the chain: a duplicate sequence number, or a row the next one skips.
        INSERTED,
        /// A genuine row at the wrong position: its hash is valid after a different predecessor.
        REORDERED
    }
}
