package dev.steward.storage;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.storage.jooq.tables.records.AppUserRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.APP_USER;
import static dev.steward.storage.jooq.Tables.SIGNING_KEY;

/// Reads and writes {@code app_user} rows and the public-key history. Works on whatever {@link DSLContext} it
/// is given, so the caller decides the transaction.
public final class UserRepository {
    static final String ENTITY = "User";

    private final DSLContext ctx;

    public UserRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// A stored account with what only persistence may see.
    ///
    /// @param publicKey           base64 X.509 public key; {@code null} until a signing key was created
    /// @param encryptedPrivateKey {@link dev.steward.model.signing.PrivateKeyEncryption} text, or {@code null}
    public record Row(User user, String passwordHash, String publicKey, String encryptedPrivateKey, String fingerprint,
               long version) {
        public boolean hasSigningKey() {
            return publicKey != null && encryptedPrivateKey != null;
        }
    }

    /// Usernames compare without case and surrounding blanks: "Ana " and "ana" are one account.
    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /// The login of the connection (PostgreSQL's session_user; H2's current user).
    public String sessionLogin() {
        return String.valueOf(ctx.fetchValue(ctx.dialect().family() == org.jooq.SQLDialect.POSTGRES
                ? "SELECT session_user" : "SELECT CURRENT_USER"));
    }

    public int count() {
        return ctx.fetchCount(APP_USER);
    }

    public Optional<Row> find(String username) {
        return ctx.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(normalize(username)))
                .fetchOptional(UserRepository::toRow);
    }

    public List<User> findAll() {
        return ctx.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(r -> toRow(r).user());
    }

    /// The stored account behind a claimed user, checked for the permission with its stored roles and
    /// active flag, so a {@link User} held by the UI since sign-in cannot outlive a role change.
    ///
    /// @throws AccessDenied when there is no such account, it is deactivated or lacks the permission
    public Row requireAllowed(User claimed, Permission permission) {
        Row row = find(claimed.username()).orElseThrow(() -> new AccessDenied(claimed.describe()
                + " may not " + permission.description() + ": there is no such account."));
        AccessPolicy.standard().require(row.user(), permission);
        return row;
    }

    public User insert(User user, String passwordHash, Instant at) {
        AppUserRecord r = ctx.newRecord(APP_USER);
        r.setUsername(user.username());
        r.setDisplayName(user.displayName());
        r.setTitle(user.title());
        r.setPasswordHash(passwordHash);
        r.setRoles(rolesText(user.roles()));
        r.setActive(user.active());
        r.setCreatedAt(DbTime.toColumn(at));
        r.setUpdatedAt(DbTime.toColumn(at));
        r.setVersion(1L);
        r.store();
        return toRow(r).user();
    }

    public void updateRoles(Row row, Set<Role> roles, Instant at) {
        update(row, at, r -> r.setRoles(rolesText(roles)));
    }

    public void updateActive(Row row, boolean active, Instant at) {
        update(row, at, r -> r.setActive(active));
    }

    public void updatePasswordHash(Row row, String passwordHash, Instant at) {
        update(row, at, r -> r.setPasswordHash(passwordHash));
    }

    /// Replaces the current key and records the public half in the history, which is never pruned.
    public void updateSigningKey(Row row, String publicKey, String encryptedPrivateKey, String fingerprint, Instant at) {
        update(row, at, r -> {
            r.setPublicKey(publicKey);
            r.setEncryptedPrivateKey(encryptedPrivateKey);
            r.setKeyFingerprint(fingerprint);
        });
        ctx.insertInto(SIGNING_KEY).set(SIGNING_KEY.USERNAME, row.user().username())
                .set(SIGNING_KEY.PUBLIC_KEY, publicKey).set(SIGNING_KEY.FINGERPRINT, fingerprint)
                .set(SIGNING_KEY.REGISTERED_AT, DbTime.toColumn(at)).execute();
    }

    /// Fingerprints of every key ever registered to `username`, current or replaced.
    public Set<String> registeredFingerprints(String username) {
        return Set.copyOf(ctx.select(SIGNING_KEY.FINGERPRINT).from(SIGNING_KEY)
                .where(SIGNING_KEY.USERNAME.eq(normalize(username))).fetch(SIGNING_KEY.FINGERPRINT));
    }

    /// Writes only the changed columns, if the row is still at the version that was read.
    private void update(Row row, Instant at, Consumer<AppUserRecord> change) {
        AppUserRecord values = ctx.newRecord(APP_USER);
        change.accept(values);
        values.setUpdatedAt(DbTime.toColumn(at));
        int updated = ctx.update(APP_USER).set(values).set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(row.user().id()).and(APP_USER.VERSION.eq(row.version()))).execute();
        if (updated == 0) {
            var current = ctx.select(APP_USER.VERSION, APP_USER.UPDATED_AT).from(APP_USER)
                    .where(APP_USER.ID.eq(row.user().id())).fetchOne();
            throw current == null
                    ? new StaleRecordException(ENTITY, row.user().id(), row.user().username(), row.version(),
                            StaleRecordException.DELETED, null, null)
                    // app_user keeps no "updated by": the change came from another window or administrator.
                    : new StaleRecordException(ENTITY, row.user().id(), row.user().username(), row.version(),
                            current.value1(), "another session", DbTime.fromColumn(current.value2()));
        }
    }

    public static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Row toRow(AppUserRecord r) {
        User user = new User(r.getId(), r.getUsername(), r.getDisplayName(), r.getTitle(), roles(r.getRoles()),
                r.getActive());
        return new Row(user, r.getPasswordHash(), r.getPublicKey(), r.getEncryptedPrivateKey(), r.getKeyFingerprint(),
                r.getVersion());
    }
}
