package dev.steward.storage;

import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.HashChain;
import dev.steward.storage.jooq.tables.records.AuditEventRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;

/// Append-only history of changes. Appends join the caller's transaction, so a change and its audit rows
/// are written together or not at all.
///
/// The rows form a hash chain (model {@link HashChain}): each carries a gap-free sequence number, the
/// previous row's hash and its own, so an edited, deleted, reordered or inserted row shows up in
/// {@link #verifyChain()}. Sequence numbers are taken as max + 1 inside the caller's transaction; the unique
/// constraint on {@code seq} makes a concurrent appender fail rather than fork the chain.
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

    /// Entity types and actions of accounts and attestations (issue 4). Secrets never appear in values: a
    /// password change is logged as the fact alone, a signing key by its public fingerprint.
    public static final String USER = "USER";
    public static final String ASSESSMENT = "ASSESSMENT";
    public static final String EVIDENCE = "EVIDENCE";
    public static final String ATTESTATION = "ATTESTATION";
    public static final String DEACTIVATE = "DEACTIVATE";
    public static final String CHANGE_PASSWORD = "CHANGE_PASSWORD";
    public static final String CREATE_SIGNING_KEY = "CREATE_SIGNING_KEY";
    public static final String SUBMIT = "SUBMIT";
    public static final String RETURN = "RETURN";
    public static final String SIGN = "SIGN";
    public static final String MARK_STALE = "MARK_STALE";

    /// Values longer than the column are cut, with a marker, rather than failing the whole save.
    public static final int MAX_VALUE_LENGTH = 10_000;
    private static final String CUT_MARKER = "… [truncated]";

    private final DSLContext ctx;

    public AuditLog(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Appends the events in order ({@link AuditEvent#id()} is ignored; the database assigns it), each
    /// chained to the one before.
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Record2<Long, String> head = ctx.select(AUDIT_EVENT.SEQ, AUDIT_EVENT.HASH).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 0 : head.value1();
        // An unsealed head can only be a tampered row (the sealer runs on open); chaining from genesis keeps the
        // register writable, and verification still reports the break at that row.
        String previous = head == null || head.value2() == null ? HashChain.GENESIS : head.value2();
        // one batch: an import appends hundreds of thousands of events, one statement each would crawl
        BatchBindStep batch = ctx.batch(ctx.insertInto(AUDIT_EVENT, AUDIT_EVENT.SEQ, AUDIT_EVENT.OCCURRED_AT,
                AUDIT_EVENT.ACTOR, AUDIT_EVENT.ENTITY_TYPE, AUDIT_EVENT.ENTITY_ID, AUDIT_EVENT.ACTION, AUDIT_EVENT.FIELD,
                AUDIT_EVENT.OLD_VALUE, AUDIT_EVENT.NEW_VALUE, AUDIT_EVENT.PREV_HASH, AUDIT_EVENT.HASH)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null));
        for (AuditEvent e : events) {
            seq++;
            Instant at = e.at().truncatedTo(ChronoUnit.MICROS);
            String oldValue = fit(e.oldValue());
            String newValue = fit(e.newValue());
            String hash = HashChain.hash(previous, seq, at, e.actor(), e.entityType(), String.valueOf(e.entityId()),
                    e.action(), e.field(), oldValue, newValue);
            batch.bind(seq, DbTime.toColumn(at), e.actor(), e.entityType(), e.entityId(), e.action(), e.field(),
                    oldValue, newValue, previous, hash);
            previous = hash;
        }
        batch.execute();
    }

    /// Writes one row exactly as hashed: the same truncated instant and the same cut values go into both,
    /// so reading the row back gives the hash again.

    /// Walks the whole chain in sequence order and re-computes every hash; see {@link LedgerVerifier}.
    public ChainVerification verifyChain() {
        return new LedgerVerifier(ctx).verify();
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
