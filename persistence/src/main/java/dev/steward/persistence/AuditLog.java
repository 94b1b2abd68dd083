package dev.steward.persistence;

import dev.steward.persistence.jooq.tables.records.AuditEventRecord;
import org.jooq.DSLContext;

import java.util.List;

import static dev.steward.persistence.jooq.Tables.AUDIT_EVENT;

/// Append-only history of changes. Appends join the caller's transaction, so a change and its audit rows
/// are written together or not at all.
public final class AuditLog {
    public static final String INTEGRATION = "INTEGRATION";
    public static final String PERSON = "PERSON";

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String RETIRE = "RETIRE";
    /// A classification was stored. Its events: field {@link #CLASSIFICATION_FIELD} (previous summary to new
    /// summary and any escalation reasons) and, when the escalation moved the integration, field "status".
    public static final String CLASSIFY = "CLASSIFY";
    public static final String CLASSIFICATION_FIELD = "classification";

    /// Values longer than the column are cut, with a marker, rather than failing the whole save.
    static final int MAX_VALUE_LENGTH = 10_000;
    private static final String CUT_MARKER = "… [truncated]";

    private final DSLContext ctx;

    public AuditLog(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Appends the events in order ({@link AuditEvent#id()} is ignored; the database assigns it).
    public void append(List<AuditEvent> events) {
        for (AuditEvent e : events) {
            ctx.insertInto(AUDIT_EVENT)
                    .set(AUDIT_EVENT.OCCURRED_AT, DbTime.toColumn(e.at()))
                    .set(AUDIT_EVENT.ACTOR, e.actor())
                    .set(AUDIT_EVENT.ENTITY_TYPE, e.entityType())
                    .set(AUDIT_EVENT.ENTITY_ID, e.entityId())
                    .set(AUDIT_EVENT.ACTION, e.action())
                    .set(AUDIT_EVENT.FIELD, e.field())
                    .set(AUDIT_EVENT.OLD_VALUE, fit(e.oldValue()))
                    .set(AUDIT_EVENT.NEW_VALUE, fit(e.newValue()))
                    .execute();
        }
    }

    /// History of one record, newest first (events of one save keep their logged order among themselves).
    public List<AuditEvent> forEntity(String entityType, long entityId) {
        return ctx.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.asc())
                .fetch(AuditLog::toEvent);
    }

    /// The latest {@code limit} events over all records, newest first.
    public List<AuditEvent> recent(int limit) {
        return ctx.selectFrom(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.OCCURRED_AT.desc(), AUDIT_EVENT.ID.desc())
                .limit(limit)
                .fetch(AuditLog::toEvent);
    }

    static String fit(String value) {
        if (value == null || value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        return value.substring(0, MAX_VALUE_LENGTH - CUT_MARKER.length()) + CUT_MARKER;
    }

    private static AuditEvent toEvent(AuditEventRecord r) {
        return new AuditEvent(r.getId(), DbTime.fromColumn(r.getOccurredAt()), r.getActor(), r.getEntityType(),
                r.getEntityId(), r.getAction(), r.getField(), r.getOldValue(), r.getNewValue());
    }
}
