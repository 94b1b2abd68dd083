package dev.steward.model.register;

import java.util.Objects;

/// A data set or system the integration can touch, and how strongly.
public record DataAccess(String system, AccessLevel level) {
    public DataAccess {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(level, "level");
    }
}
