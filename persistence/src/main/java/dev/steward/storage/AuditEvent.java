package dev.steward.storage;

import java.time.Instant;

/// One line of the audit log: who did what to which record, and for field changes the old and new text.
///
/// @param id         database id, 0 before it is appended
/// @param entityType e.g. {@link AuditLog#INTEGRATION} or {@link AuditLog#PERSON}
/// @param action     e.g. {@link AuditLog#CREATE}, {@link AuditLog#UPDATE}, {@link AuditLog#RETIRE},
///                   {@link AuditLog#CLASSIFY}
/// @param field      the changed field, or {@code null} for an event about the record as a whole
/// @param oldValue   {@code null} on creation
/// @param newValue   {@code null} on removal
public record AuditEvent(long id, Instant at, String actor, String entityType, long entityId, String action,
                         String field, String oldValue, String newValue) {
}
