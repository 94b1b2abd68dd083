package dev.steward.storage;

import dev.steward.model.attestation.QueueCategory;

import java.util.EnumMap;
import java.util.Map;

/// How many rows each category of the review queue holds, in two parts: those with a date (`since`), and
/// those without one, which the queue lists after the dated rows of their category. A category without rows
/// may be left out; it is dropped either way, so that equal counts are equal however they were worked out.
public record ReviewQueueCounts(Map<QueueCategory, Integer> dated, Map<QueueCategory, Integer> undated) {
    public ReviewQueueCounts {
        dated = withoutZeros(dated);
        undated = withoutZeros(undated);
    }

    private static Map<QueueCategory, Integer> withoutZeros(Map<QueueCategory, Integer> counts) {
        Map<QueueCategory, Integer> kept = new EnumMap<>(QueueCategory.class);
        counts.forEach((category, n) -> {
            if (n != 0) {
                kept.put(category, n);
            }
        });
        return Map.copyOf(kept);
    }

    public static final ReviewQueueCounts NONE = new ReviewQueueCounts(Map.of(), Map.of());

    public int dated(QueueCategory category) {
        return dated.getOrDefault(category, 0);
    }

    public int undated(QueueCategory category) {
        return undated.getOrDefault(category, 0);
    }

    /// The rows of one category, or of every category for `null`.
    public int of(QueueCategory category) {
        if (category == null) {
            return total();
        }
        return dated(category) + undated(category);
    }

    public int total() {
        int total = 0;
        for (QueueCategory category : QueueCategory.values()) {
            total += of(category);
        }
        return total;
    }

    /// Rows by category, every category present.
    public Map<QueueCategory, Integer> byCategory() {
        Map<QueueCategory, Integer> counts = new EnumMap<>(QueueCategory.class);
        for (QueueCategory category : QueueCategory.values()) {
            counts.put(category, of(category));
        }
        return counts;
    }
}
