package dev.steward.service.audit;

import dev.steward.service.register.RegisterService;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.UserRepository;

import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.signing.KeyList;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import org.jooq.DSLContext;
import org.jooq.Record4;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.steward.storage.jooq.Tables.APP_USER;
import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.SIGNING_KEY;

/// The organisation's key list ({@link KeyList}): every public key in the register's key history with the period
/// it was its owner's key, signed by an administrator, for auditors who verify bundles offline.
///
/// A key is valid from when it was registered until its owner registered the next one or was deactivated,
/// whichever came first. Methods block on the database: call them off the UI thread.
public final class KeyListService {
    static final String EXPORT_KEY_LIST = "EXPORT_KEY_LIST";

    private final Database db;
    private final Clock clock;
    private final PrivateKeyEncryption keyEncryption;

    public KeyListService(Database db) {
        this(db, Clock.systemUTC(), new PrivateKeyEncryption());
    }

    public KeyListService(Database db, Clock clock, PrivateKeyEncryption keyEncryption) {
        this.db = db;
        this.clock = clock;
        this.keyEncryption = keyEncryption;
    }

    /// The key list signed with `admin`'s own key, unlocked by `passphrase`; the export is audited.
    ///
    /// @throws dev.steward.model.access.AccessDenied               when the user may not manage users
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open the key
    /// @throws dev.steward.model.validation.ValidationException   when the administrator has no signing key
    public KeyList export(User admin, char[] passphrase) {
        return db.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            UserRepository users = new UserRepository(tx);
            UserRepository.Row signer = users.requireAllowed(admin, Permission.MANAGE_USERS);
            KeyPair keys = UnlockedKeys.of(signer, keyEncryption, passphrase, "Create your own signing key"
                    + " (File > Create signing key…) before exporting the key list: the list is signed with it.");
            Instant at = DbTime.now(clock);
            List<KeyList.Entry> entries = history(tx);
            KeyList list = KeyList.sign(new RegisterService(db, signer.user()::username).organisationName(), at,
                    entries, signer.user().username(), signer.user().displayName(), keys);
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, signer.user().username(), AuditLog.USER,
                    signer.user().id(), EXPORT_KEY_LIST, "keys", null, entries.size() + " keys, signed with key "
                    + signer.fingerprint())));
            return list;
        });
    }

    /// Every registered key, by owner and then registration time, with its validity period.
    public List<KeyList.Entry> history() {
        return history(db.dsl());
    }

    private static List<KeyList.Entry> history(DSLContext ctx) {
        Map<String, Instant> deactivated = new HashMap<>();
        ctx.select(APP_USER.USERNAME, AUDIT_EVENT.OCCURRED_AT).from(APP_USER).join(AUDIT_EVENT)
                .on(AUDIT_EVENT.ENTITY_TYPE.eq(AuditLog.USER).and(AUDIT_EVENT.ENTITY_ID.eq(APP_USER.ID))
                        .and(AUDIT_EVENT.ACTION.eq(AuditLog.DEACTIVATE)))
                .where(APP_USER.ACTIVE.isFalse())
                .forEach(r -> deactivated.merge(r.value1(), DbTime.fromColumn(r.value2()),
                        (a, b) -> a.isAfter(b) ? a : b));
        List<Record4<String, String, String, java.time.OffsetDateTime>> rows = ctx
                .select(SIGNING_KEY.USERNAME, APP_USER.DISPLAY_NAME, SIGNING_KEY.PUBLIC_KEY, SIGNING_KEY.REGISTERED_AT)
                .from(SIGNING_KEY).join(APP_USER).on(APP_USER.USERNAME.eq(SIGNING_KEY.USERNAME))
                .orderBy(SIGNING_KEY.USERNAME, SIGNING_KEY.REGISTERED_AT, SIGNING_KEY.ID).fetch();
        List<KeyList.Entry> entries = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            Instant from = DbTime.fromColumn(row.value4());
            Instant until = i + 1 < rows.size() && rows.get(i + 1).value1().equals(row.value1())
                    ? DbTime.fromColumn(rows.get(i + 1).value4()) : null;
            Instant gone = deactivated.get(row.value1());
            if (gone != null && (until == null || gone.isBefore(until))) {
                until = gone.isBefore(from) ? from : gone;
            }
            entries.add(new KeyList.Entry(row.value1(), row.value2(), row.value3(),
                    SigningKeys.fingerprint(row.value3()), from, until));
        }
        return entries;
    }
}
