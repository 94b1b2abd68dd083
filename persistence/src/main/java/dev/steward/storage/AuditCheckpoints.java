package dev.steward.storage;

import dev.steward.model.access.User;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.ledger.HashChain;
import dev.steward.model.signing.CanonicalJson;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.AUDIT_CHECKPOINT;
import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;

/// The stored signed checkpoints of the audit log's head (table `audit_checkpoint`, only ever added to). Works
/// on whatever {@link DSLContext} it is given, so a checkpoint joins the caller's transaction: the one made at
/// sign-off covers the SIGN event of the same transaction.
public final class AuditCheckpoints {
    /// Why a checkpoint was made, as stored in `reason`.
    public static final String SIGN_OFF = "SIGN_OFF";
    public static final String ON_DEMAND = "ON_DEMAND";
    /// Entity type and action of the audit event that records each checkpoint.
    public static final String CHECKPOINT = "CHECKPOINT";

    private final DSLContext ctx;

    public AuditCheckpoints(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Signs the log's current head as `signer` with `keys`, stores the checkpoint and logs that it was made
    /// (that event comes after the head it covers, so the next checkpoint covers it).
    public Checkpoint record(User signer, KeyPair keys, Instant at, String reason) {
        Record2<Long, String> head = ctx.select(AUDIT_EVENT.SEQ, AUDIT_EVENT.HASH).from(AUDIT_EVENT)
                .orderBy(AUDIT_EVENT.SEQ.desc()).limit(1).fetchOne();
        long seq = head == null ? 0 : head.value1();
        String hash = head == null || head.value2() == null ? HashChain.GENESIS : head.value2();
        Checkpoint checkpoint = Checkpoint.sign(seq, hash, signer, keys, at);
        long id = ctx.insertInto(AUDIT_CHECKPOINT).set(AUDIT_CHECKPOINT.SEQ, seq).set(AUDIT_CHECKPOINT.HEAD_HASH, hash)
                .set(AUDIT_CHECKPOINT.CREATED_AT, DbTime.toColumn(at)).set(AUDIT_CHECKPOINT.SIGNED_BY, signer.username())
                .set(AUDIT_CHECKPOINT.FINGERPRINT, checkpoint.fingerprint()).set(AUDIT_CHECKPOINT.REASON, reason)
                .set(AUDIT_CHECKPOINT.CHECKPOINT, checkpoint.toJson())
                .returningResult(AUDIT_CHECKPOINT.ID).fetchOne().value1();
        new AuditLog(ctx).append(List.of(new AuditEvent(0, at, signer.username(), CHECKPOINT, id, CHECKPOINT, "head",
                null, "sequence " + seq + ", hash " + hash + ", key " + checkpoint.fingerprint() + " (" + reason + ")")));
        return checkpoint;
    }

    /// The newest checkpoint (highest sequence, then newest row), if any was made.
    public Optional<Checkpoint> latest() {
        return ctx.select(AUDIT_CHECKPOINT.CHECKPOINT).from(AUDIT_CHECKPOINT)
                .orderBy(AUDIT_CHECKPOINT.SEQ.desc(), AUDIT_CHECKPOINT.ID.desc()).limit(1)
                .fetchOptional(AUDIT_CHECKPOINT.CHECKPOINT).map(AuditCheckpoints::parse);
    }

    /// Every stored checkpoint as (row id, checkpoint text), oldest first; the text is parsed by the verifier,
    /// which reports an unreadable one rather than failing.
    public List<Record2<Long, String>> stored() {
        return ctx.select(AUDIT_CHECKPOINT.ID, AUDIT_CHECKPOINT.CHECKPOINT).from(AUDIT_CHECKPOINT)
                .orderBy(AUDIT_CHECKPOINT.ID).fetch();
    }

    public static Checkpoint parse(String json) {
        return Checkpoint.fromJson(CanonicalJson.parse(json), "$");
    }
}
