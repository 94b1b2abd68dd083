package dev.steward.storage;

import dev.steward.model.attestation.QueueCategory;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/// What the review queue asks for ({@link ReviewQueueQueries}).
///
/// Both instants are kept at the columns' precision (microseconds): a stored expiry is at or before an instant
/// exactly when it is at or before the instant truncated so, and SQL then compares as {@link Instant} does.
///
/// @param now      a signed attestation that expires at or before it is expired
/// @param horizon  one that expires after `now` and at or before this is coming due; later ones are not queued
/// @param category the one category to list, or `null` for every category
/// @param text     what a row's integration name, person or detail must contain, ignoring case; blank for all
public record ReviewQueueQuery(Instant now, Instant horizon, QueueCategory category, String text) {
    public ReviewQueueQuery {
        now = now.truncatedTo(ChronoUnit.MICROS);
        horizon = horizon.truncatedTo(ChronoUnit.MICROS);
        text = text == null ? "" : text.strip();
    }

    /// Every category, no text, coming due within `dueWithinDays` days of `now` (1 to 365).
    public static ReviewQueueQuery of(Instant now, int dueWithinDays) {
        return new ReviewQueueQuery(now, now.plus(Duration.ofDays(Math.clamp(dueWithinDays, 1, 365))), null, "");
    }

    public ReviewQueueQuery withCategory(QueueCategory wanted) {
        return new ReviewQueueQuery(now, horizon, wanted, text);
    }

    public ReviewQueueQuery withText(String wanted) {
        return new ReviewQueueQuery(now, horizon, category, wanted);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }
}
