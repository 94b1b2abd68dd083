package dev.steward.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/// Conversions between the model's {@link Instant}s and the columns' {@code TIMESTAMP WITH TIME ZONE}.
public final class DbTime {
    private DbTime() {
    }

    /// "Now" at the precision the columns keep (microseconds), so a value written and read back is equal.
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public static OffsetDateTime toColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant fromColumn(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
