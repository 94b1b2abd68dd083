package dev.steward.storage;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/// A save was refused because someone else saved the same record after it was read (optimistic locking).
/// Nothing was written. The UI should offer to reload; {@link #getMessage()} is ready to show.
///
/// @see IntegrationRepository#update
public class StaleRecordException extends RuntimeException {
    private static final DateTimeFormatter SHOWN_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /// Marks {@link #actualVersion()} when the record no longer exists.
    public static final long DELETED = -1;

    private final long id;
    private final String name;
    private final long expectedVersion;
    private final long actualVersion;
    private final String changedBy;
    private final Instant changedAt;

    /// @param actualVersion the stored version now, or {@link #DELETED}
    /// @param changedBy     who saved the stored version; {@code null} when deleted
    /// @param changedAt     when; {@code null} when deleted
    public StaleRecordException(String entityType, long id, String name, long expectedVersion, long actualVersion,
                                String changedBy, Instant changedAt) {
        super(message(entityType, name, actualVersion, changedBy, changedAt));
        this.id = id;
        this.name = name;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    private static String message(String entityType, String name, long actualVersion, String by, Instant at) {
        if (actualVersion == DELETED) {
            return entityType + " '" + name + "' was deleted after you opened it.";
        }
        return entityType + " '" + name + "' was changed by " + by + " at "
                + SHOWN_AT.format(at.atZone(ZoneId.systemDefault()))
                + " after you opened it. Reload to see their changes.";
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /// The version the caller read and tried to save over.
    public long expectedVersion() {
        return expectedVersion;
    }

    /// The version stored now, or {@link #DELETED}.
    public long actualVersion() {
        return actualVersion;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
