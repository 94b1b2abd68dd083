package dev.steward.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.audit.FieldChange;
import dev.steward.model.audit.IntegrationDiff;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.signing.CanonicalJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/// Turns a save into the audit events that describe it.
public final class AuditEvents {
    private AuditEvents() {
    }

    /// One event per changed field. When nothing is itemised, a single event with no field still records
    /// that the save happened, so the log never silently misses a write. A creation is one event holding the
    /// whole new record ({@link AuditLog#RECORD_FIELD}) unless that record is longer than an audit value, when
    /// it falls back to one event per field.
    public static List<AuditEvent> forIntegration(String action, Integration before, Integration after, Instant at,
                                           String actor, LongFunction<String> personName) {
        List<FieldChange> changes = IntegrationDiff.between(before, after, personName);
        if (before == null && AuditLog.CREATE.equals(action) && !changes.isEmpty()) {
            String record = record(changes);
            if (record.length() <= AuditLog.MAX_VALUE_LENGTH) {
                return List.of(new AuditEvent(0, at, actor, AuditLog.INTEGRATION, after.id(), action,
                        AuditLog.RECORD_FIELD, null, record));
            }
        }
        return toEvents(AuditLog.INTEGRATION, after.id(), action, changes, at, actor, after.name());
    }

    /// The new values as one JSON object, field name to text, in field order (read back by {@link AuditLog#expand}).
    static String record(List<FieldChange> changes) {
        ObjectNode record = CanonicalJson.mapper().createObjectNode();
        for (FieldChange change : changes) {
            record.put(change.field(), change.newValue());
        }
        try {
            return CanonicalJson.mapper().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit record: " + e.getOriginalMessage(), e);
        }
    }

    /// Same for a person; {@code before} is {@code null} on creation.
    public static List<AuditEvent> forPerson(String action, Person before, Person after, Instant at, String actor) {
        List<FieldChange> changes = new ArrayList<>();
        addIfChanged(changes, "name", before == null ? null : before.name(), after.name());
        addIfChanged(changes, "email", before == null ? null : before.email(), after.email());
        addIfChanged(changes, "title", before == null ? null : before.title(), after.title());
        addIfChanged(changes, "department", before == null ? null : before.department(), after.department());
        addIfChanged(changes, "managerId", before == null || before.managerId() == null ? null
                : String.valueOf(before.managerId()), after.managerId() == null ? null : String.valueOf(after.managerId()));
        addIfChanged(changes, "hasLeft", before == null ? null : String.valueOf(before.hasLeft()),
                before == null && !after.hasLeft() ? null : String.valueOf(after.hasLeft()));
        return toEvents(AuditLog.PERSON, after.id(), action, changes, at, actor, after.name());
    }

    private static void addIfChanged(List<FieldChange> changes, String field, String oldValue, String newValue) {
        if (!Objects.equals(blankToNull(oldValue), blankToNull(newValue))) {
            changes.add(new FieldChange(field, blankToNull(oldValue), blankToNull(newValue)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<AuditEvent> toEvents(String entityType, long entityId, String action,
                                             List<FieldChange> changes, Instant at, String actor, String name) {
        if (changes.isEmpty()) {
            String summary = AuditLog.CREATE.equals(action) ? name : null;
            return List.of(new AuditEvent(0, at, actor, entityType, entityId, action, null, null, summary));
        }
        return changes.stream()
                .map(c -> new AuditEvent(0, at, actor, entityType, entityId, action, c.field(), c.oldValue(),
                        c.newValue()))
                .toList();
    }
}
