package dev.steward.service.attestation;

import dev.steward.storage.ReviewQueueCounts;
import dev.steward.storage.ReviewQueueRow;

import java.util.List;

/// What the review queue shows first, read together: the counts of every category (the summary line), the
/// counts of the rows its text lets through (the list's size, whatever category is picked), and the first page.
public record ReviewQueueSnapshot(ReviewQueueCounts all, ReviewQueueCounts matching, List<ReviewQueueRow> firstPage) {
    public ReviewQueueSnapshot {
        firstPage = List.copyOf(firstPage);
    }
}
