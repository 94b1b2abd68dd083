package dev.steward.storage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.HashChain;
import dev.steward.storage.jooq.tables.records.AuditEventRecord;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.storage.jooq.tables.records.AuditEventRecord;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Savepoint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.AUDIT_HEAD;

/// Append-only history of changes. Appends join the caller's transaction, so a change and its audit rows
/// are written together or not at all.
///
/// The rows form a hash chain (model {@link HashChain}): each carries a gap-free sequence number, the
/// previous row's hash and its own, so an edited, deleted, reordered or inserted row shows up in
/// {@link #verifyChain()}. Appenders take turns explicitly: {@link #append} locks the chain's head row
/// ({@code audit_head}, V13) with SELECT ... FOR UPDATE, numbers its events after it and moves it, so the lock
/// is held until the caller's transaction ends and the next appender continues from the new head. The unique
/// constraint on {@code seq} remains a backstop. The same two statements work on a server engine (PostgreSQL).
///
/// A creation of an integration is one event holding the whole new record ({@link #RECORD_FIELD}); the
/// reads here expand it into one line per field, so history still says which field got which value.
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
    /// Field of a CREATE event whose new value is the whole new record: a JSON object of field name to value
    /// (the fields and texts of {@link dev.steward.model.audit.IntegrationDiff}), in field order.
    public static final String RECORD_FIELD = "(record)";

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

    /// Discovery (issue 18): a finding recorded or changed by a run, dismissed with a reason, or registered; and an
    /// integration updated with what a run found (its field changes are logged under {@link #DISCOVER}).
    public static final String DISCOVERY = "DISCOVERY";
    public static final String DISCOVER = "DISCOVER";
    public static final String DISMISS = "DISMISS";
    public static final String REGISTER = "REGISTER";
    /// Entity types and actions of recertification campaigns and owner succession (issue 19).
    public static final String CAMPAIGN = "CAMPAIGN";
    public static final String CAMPAIGN_ITEM = "CAMPAIGN_ITEM";
    public static final String REVOCATION_TASK = "REVOCATION_TASK";
    public static final String SUCCESSION = "SUCCESSION";
    public static final String DECIDE = "DECIDE";
    public static final String CLOSE = "CLOSE";
    public static final String PROPOSE = "PROPOSE";
    public static final String CONFIRM = "CONFIRM";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String RECORD_DRILL = "RECORD_DRILL";

    /// Values longer than the column are cut, with a marker, rather than failing the whole save.
    public static final int MAX_VALUE_LENGTH = 10_000;
    private static final String CUT_MARKER = "… [truncated]";

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final DSLContext ctx;

    public AuditLog(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Appends the events in order ({@link AuditEvent#id()} is ignored; the database assigns it), each
    /// chained to the one before. Must run inside the caller's transaction: the head stays locked until it ends.
    ///
    /// @throws RegisterBusyException when the head stayed locked by another writer through every retry
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        Record2<Long, String> head = lockHead();
        long seq = head.value1();
        // An unsealed head can only be a tampered row (the sealer runs on open); chaining from genesis keeps the
        // register writable, and verification still reports the break at that row.
        String previous = head.value2() == null ? HashChain.GENESIS : head.value2();
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
        if (!onServer()) {
            ctx.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, seq).set(AUDIT_HEAD.HASH, previous)
                    .where(AUDIT_HEAD.ID.eq(HEAD_ROW)).execute();
        }
    }

    /// Locks the head until the caller's transaction ends, as {@link #append} does; for writers that must take
    /// turns with every other writer before they append (the dashboard's totals, {@link DashboardTally}).
    ///
    /// @throws RegisterBusyException when the head stayed locked by another writer through every retry
    void holdHead() {
        lockHead();
    }

    /// On PostgreSQL the database keeps the chain itself (db/postgresql V13): nobody may update audit_head, the
    /// head is locked through a function that may, and an insert trigger checks each event's number, previous
    /// hash and actor (the session's login) and moves the head.
    private boolean onServer() {
        return ctx.dialect().family() == SQLDialect.POSTGRES;
    }

    private Record2<Long, String> selectHead() {
        if (onServer()) {
            return ctx.select(DSL.field(DSL.name("seq"), Long.class), DSL.field(DSL.name("hash"), String.class))
                    .from(DSL.table("steward_lock_audit_head()")).fetchOne();
        }
        return ctx.select(AUDIT_HEAD.SEQ, AUDIT_HEAD.HASH).from(AUDIT_HEAD)
                .where(AUDIT_HEAD.ID.eq(HEAD_ROW)).forUpdate().fetchOne();
    }

    /// Attempts at locking the head; each waits up to the engine's lock timeout (5 s on H2, see
    /// {@link Database}), so a writer gives up only after about half a minute of others holding the chain.
    static final int LOCK_ATTEMPTS = 6;
    private static final int HEAD_ROW = 1;

    /// The head row, locked until the caller's transaction ends. Each attempt runs behind a savepoint, so a
    /// timed-out attempt leaves the caller's transaction usable on engines that abort a transaction on any error
    /// (a plain JDBC savepoint: a nested jOOQ transaction would also run the commit listeners, such as
    /// {@link Database}'s checkpoint, while the lock is held).
    private Record2<Long, String> lockHead() {
        for (int attempt = 1; ; attempt++) {
            Savepoint savepoint = ctx.connectionResult(c -> c.getAutoCommit() ? null : c.setSavepoint());
            try {
                Record2<Long, String> head = selectHead();
                if (head == null) {
                    throw new IllegalStateException("The audit log has no head row (audit_head): the register's "
                            + "schema is incomplete.");
                }
                return head;
            } catch (DataAccessException e) {
                if (!RegisterBusyException.isLockTimeout(e)) {
                    throw e;
                }
                if (savepoint != null) {
                    ctx.connection(c -> c.rollback(savepoint));
                }
                if (attempt == LOCK_ATTEMPTS) {
                    throw new RegisterBusyException(e);
                }
                LOG.warn("Audit log busy (attempt {} of {}), trying again", attempt, LOCK_ATTEMPTS);
            }
        }
    }

    /// Walks the whole chain in sequence order and re-computes every hash; see {@link LedgerVerifier}.
    public ChainVerification verifyChain() {
        return new LedgerVerifier(ctx).verify();
    }

    /// History of one record, newest save first; the events of one save keep their logged order among
    /// themselves. Ordered by sequence number, the order the chain committed them in, never by the clocks of
    /// the machines that wrote them. A creation held as one record event is expanded into one event per field.
    public List<AuditEvent> forEntity(String entityType, long entityId) {
        List<AuditEvent> logged = ctx.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType).and(AUDIT_EVENT.ENTITY_ID.eq(entityId)))
                .orderBy(AUDIT_EVENT.SEQ.asc())
                .fetch(AuditLog::toEvent);
        // one save's events are consecutive and share time, actor and action: keep each save's run in order,
        // newest run first
        List<List<AuditEvent>> saves = new ArrayList<>();
        AuditEvent last = null;
        for (AuditEvent e : logged) {
            if (last == null || !sameSave(last, e)) {
                saves.add(new ArrayList<>());
            }
            saves.getLast().addAll(expand(e));
            last = e;
        }
        List<AuditEvent> history = new ArrayList<>();
        for (List<AuditEvent> save : saves.reversed()) {
            history.addAll(save);
        }
        return history;
    }

    /// The latest {@code limit} events over all records, newest first (by sequence number); a creation held as
    /// one record event counts as one and is expanded.
    public List<AuditEvent> recent(int limit) {
        List<AuditEvent> recent = new ArrayList<>();
        for (AuditEvent e : ctx.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.SEQ.desc()).limit(limit)
                .fetch(AuditLog::toEvent)) {
            recent.addAll(expand(e));
        }
        return recent;
    }

    private static boolean sameSave(AuditEvent a, AuditEvent b) {
        return a.at().equals(b.at()) && a.actor().equals(b.actor()) && a.action().equals(b.action());
    }

    /// A record event as one event per field, in field order, each with no old value; any other event as itself.
    static List<AuditEvent> expand(AuditEvent e) {
        if (!RECORD_FIELD.equals(e.field()) || e.newValue() == null) {
            return List.of(e);
        }
        JsonNode record = CanonicalJson.parse(e.newValue());
        List<AuditEvent> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            fields.add(new AuditEvent(e.id(), e.at(), e.actor(), e.entityType(), e.entityId(), e.action(),
                    field.getKey(), null, field.getValue().isNull() ? null : field.getValue().asText()));
        }
        return fields;
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
