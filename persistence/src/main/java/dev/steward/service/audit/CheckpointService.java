package dev.steward.service.audit;

import dev.steward.storage.AuditCheckpoints;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.UserRepository;

import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.signing.PrivateKeyEncryption;
import org.jooq.DSLContext;
import org.jooq.Record2;

import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;

/// Signed checkpoints of the audit log on demand, and verification of the log against every checkpoint.
///
/// Anyone who holds a signing key (managers, administrators) may sign a checkpoint. Methods block on the
/// database: call them off the UI thread.
public final class CheckpointService {
    private final Database db;
    private final Clock clock;
    private final PrivateKeyEncryption keyEncryption;

    public CheckpointService(Database db) {
        this(db, Clock.systemUTC(), new PrivateKeyEncryption());
    }

    /// @param keyEncryption how private keys were encrypted; tests pass a low iteration count
    public CheckpointService(Database db, Clock clock, PrivateKeyEncryption keyEncryption) {
        this.db = db;
        this.clock = clock;
        this.keyEncryption = keyEncryption;
    }

    /// Signs the log's current head with `user`'s key, unlocked by `passphrase`, and stores it.
    ///
    /// @throws dev.steward.model.access.AccessDenied               when the user may hold no signing key
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open the key
    /// @throws dev.steward.model.validation.ValidationException   when the user has no signing key yet
    public Checkpoint checkpoint(User user, char[] passphrase) {
        return db.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            UserRepository.Row signer = new UserRepository(tx).requireAllowed(user, Permission.MANAGE_OWN_SIGNING_KEY);
            KeyPair keys = UnlockedKeys.of(signer, keyEncryption, passphrase,
                    "Create your signing key before signing an audit checkpoint.");
            return new AuditCheckpoints(tx).record(signer.user(), keys, DbTime.now(clock), AuditCheckpoints.ON_DEMAND);
        });
    }

    /// The newest stored checkpoint, for exports.
    public Optional<Checkpoint> latest() {
        return new AuditCheckpoints(db.dsl()).latest();
    }

    /// Walks the hash chain and checks it against every stored checkpoint and every one in `given` (each named
    /// by where it came from, e.g. a file). A checkpoint holds when its signature verifies, its key is one the
    /// register recorded for its signer, and the log still has its event with its hash.
    public LogVerification verify(Map<String, Checkpoint> given) {
        DSLContext ctx = db.dsl();
        ChainVerification chain = new AuditLog(ctx).verifyChain();
        long entries = ctx.fetchCount(AUDIT_EVENT);
        UserRepository users = new UserRepository(ctx);
        List<String> problems = new ArrayList<>();
        List<Checkpoint> holding = new ArrayList<>();
        for (Record2<Long, String> row : new AuditCheckpoints(ctx).stored()) {
            String name = "checkpoint #" + row.value1() + " in the register";
            Checkpoint checkpoint;
            try {
                checkpoint = AuditCheckpoints.parse(row.value2());
            } catch (IllegalArgumentException e) {
                problems.add(name + " cannot be read: " + e.getMessage());
                continue;
            }
            check(ctx, users, entries, name, checkpoint, problems, holding);
        }
        given.forEach((name, checkpoint) -> check(ctx, users, entries, name, checkpoint, problems, holding));
        Optional<Checkpoint> newest = holding.stream().max(Comparator.comparingLong(Checkpoint::sequence)
                .thenComparing(Checkpoint::createdAt));
        return new LogVerification(chain, problems.size() + holding.size(), newest, problems);
    }

    private static void check(DSLContext ctx, UserRepository users, long entries, String name, Checkpoint checkpoint,
                              List<String> problems, List<Checkpoint> holding) {
        String label = name + " (" + checkpoint.describe() + ")";
        List<String> own = new ArrayList<>(checkpoint.signatureProblems());
        if (own.isEmpty() && !users.registeredFingerprints(checkpoint.signerUsername()).contains(checkpoint.fingerprint())) {
            own.add("key " + checkpoint.fingerprint() + " was never registered to '" + checkpoint.signerUsername()
                    + "' in this register");
        }
        if (own.isEmpty()) {
            String hash = ctx.select(AUDIT_EVENT.HASH).from(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.eq(checkpoint.sequence()))
                    .fetchOptional(AUDIT_EVENT.HASH).orElse(null);
            checkpoint.against(entries, hash).ifPresent(own::add);
        }
        if (own.isEmpty()) {
            holding.add(checkpoint);
        } else {
            problems.add(label + ": " + String.join("; ", own));
        }
    }
}
