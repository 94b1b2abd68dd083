package dev.steward.storage;

import java.time.Duration;

/// Enums are stored by name and durations as whole minutes; these helpers keep the null handling in one place.
public final class ColumnValues {
    private ColumnValues() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /// Seconds below a minute are dropped: the register records targets and lifetimes in minutes.
    static Long minutes(Duration duration) {
        return duration == null ? null : duration.toMinutes();
    }

    static Duration duration(Long minutes) {
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }
}
