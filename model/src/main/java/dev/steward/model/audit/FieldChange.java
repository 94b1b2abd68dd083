package dev.steward.model.audit;

/// One field that changed between two versions of a record, as text for the audit log.
/// {@code oldValue} is {@code null} on creation, {@code newValue} is {@code null} on removal.
public record FieldChange(String field, String oldValue, String newValue) {
}
