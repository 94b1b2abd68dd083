package dev.steward.service.users;

import dev.steward.service.access.WriteChecks;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.UserRepository;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.PasswordPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.FreeText;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// User accounts: the first administrator, sign-in, roles, passwords and personal signing keys.
///
/// Calls that act on behalf of someone take that {@link User}, and check it against the stored account (roles
/// and active flag as stored now, not as they were at sign-in). Every write is one transaction with its audit
/// events, written under the acting username. Passwords and passphrases are only ever hashed or used as key
/// material: they reach neither a column nor the log. Callers should clear their char arrays afterwards.
///
/// Methods block on the database: call them off the UI thread.
public final class UserService {
    private static final Logger LOG = LoggerFactory.getLogger(UserService.class);
    private static final int MAX_USERNAME = 100;
    /// Display name and job title (V3: VARCHAR(200)).
    private static final int MAX_NAME_LENGTH = 200;

    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final PrivateKeyEncryption keyEncryption;
    /// Verified against when the username is unknown, so a miss costs as long as a wrong password. Made on the
    /// first sign-in rather than when the service is built: a full password hash at start-up would take a core
    /// away from opening the register.
    private String decoyHash;

    /// Production settings: 600,000 PBKDF2 iterations for passwords and signing keys.
    public UserService(Database db) {
        this(db, Clock.systemUTC(), new PasswordHasher(), new PrivateKeyEncryption());
    }

    /// @param hasher        password hashing; tests pass a low iteration count to stay fast
    /// @param keyEncryption encryption of private signing keys under the manager's passphrase
    public UserService(Database db, Clock clock, PasswordHasher hasher, PrivateKeyEncryption keyEncryption) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.keyEncryption = keyEncryption;
    }

    private synchronized String decoyHash() {
        if (decoyHash == null) {
            decoyHash = hasher.hash("decoy password, never matches".toCharArray());
        }
        return decoyHash;
    }

    /// True while no account exists: the app then asks for the first administrator instead of a sign-in.
    public boolean needsFirstAdmin() {
        return new UserRepository(db.dsl()).count() == 0;
    }

    /// Creates the first account, an administrator. Refused once any account exists, so this cannot be used
    /// to slip in a second administrator.
    ///
    /// @throws AccessDenied       when an account already exists
    /// @throws ValidationException for a bad username, display name or password
    public User createFirstAdmin(String username, String displayName, String title, char[] password) {
        return createFirstAdmin(username, displayName, title, Set.of(Role.ADMIN), password);
    }

    /// As {@link #createFirstAdmin(String, String, String, char[])}, with further roles beside
    /// administrator (one person starting alone also reviews), written in the same transaction: there is
    /// never an administrator without the roles asked for.
    ///
    /// @throws IllegalArgumentException when `roles` lacks {@link Role#ADMIN}
    public User createFirstAdmin(String username, String displayName, String title, Set<Role> roles, char[] password) {
        if (!roles.contains(Role.ADMIN)) {
            throw new IllegalArgumentException("The first account must be an administrator.");
        }
        User admin = newUser(username, displayName, title, roles, password);
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            if (users.count() > 0) {
                throw new AccessDenied("The first administrator already exists: ask an administrator for an account.");
            }
            return insert(tx, admin, password, admin.username());
        });
    }

    /// @throws AccessDenied when `admin` may not manage users
    /// @throws ValidationException for bad input, or a username already taken
    public User createUser(User admin, String username, String displayName, String title, Set<Role> roles,
                           char[] initialPassword) {
        User user = newUser(username, displayName, title, roles, initialPassword);
        return inTransaction(tx -> {
            String actor = new UserRepository(tx).requireAllowed(admin, Permission.MANAGE_USERS).user().username();
            return insert(tx, user, initialPassword, actor);
        });
    }

    /// Replaces a user's roles. The last active administrator cannot lose the role: nobody could manage
    /// accounts afterwards.
    public User updateRoles(User admin, String username, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new ValidationException(List.of(new ValidationProblem("roles", "Give the user at least one role.")));
        }
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            String actor = users.requireAllowed(admin, Permission.MANAGE_USERS).user().username();
            UserRepository.Row row = existing(users, username);
            if (!roles.contains(Role.ADMIN)) {
                requireAnotherActiveAdmin(users, row.user());
            }
            Instant at = now();
            users.updateRoles(row, roles, at);
            audit(tx, at, actor, row.user(), AuditLog.UPDATE, "roles", UserRepository.rolesText(row.user().roles()),
                    UserRepository.rolesText(roles));
            return users.find(username).orElseThrow().user();
        });
    }

    /// Deactivates an account: it can no longer sign in, and every permission check refuses it. Its past
    /// signatures stay valid. The last active administrator cannot be deactivated.
    public User deactivate(User admin, String username) {
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            String actor = users.requireAllowed(admin, Permission.MANAGE_USERS).user().username();
            UserRepository.Row row = existing(users, username);
            if (!row.user().active()) {
                return row.user();
            }
            requireAnotherActiveAdmin(users, row.user());
            Instant at = now();
            users.updateActive(row, false, at);
            audit(tx, at, actor, row.user(), AuditLog.DEACTIVATE, "active", "true", "false");
            return users.find(username).orElseThrow().user();
        });
    }

    /// Checks a sign-in. A hash made with fewer iterations than configured is upgraded on success.
    ///
    /// @throws AuthenticationException with one message for unknown users and wrong passwords, and a
    ///                                 different one for a deactivated account (only after the right password)
    public User authenticate(String username, char[] password) {
        // before the user is looked up, so the first sign-in costs the same for known and unknown names
        String decoy = decoyHash();
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            Optional<UserRepository.Row> found = users.find(username);
            boolean matches = hasher.verify(password, found.map(UserRepository.Row::passwordHash).orElse(decoy));
            if (found.isEmpty() || !matches) {
                LOG.info("Refused sign-in for '{}'", UserRepository.normalize(username));
                throw new AuthenticationException(AuthenticationException.BAD_CREDENTIALS);
            }
            UserRepository.Row row = found.get();
            if (!row.user().active()) {
                throw new AuthenticationException(AuthenticationException.DEACTIVATED);
            }
            if (hasher.needsRehash(row.passwordHash())) {
                users.updatePasswordHash(row, hasher.hash(password), now());
            }
            return row.user();
        });
    }

    /// Changes one's own password, proving the current one first.
    ///
    /// @throws AuthenticationException when the current password is wrong
    /// @throws ValidationException     when the new one breaks {@link PasswordPolicy}
    public void changePassword(String username, char[] currentPassword, char[] newPassword) {
        User user = authenticate(username, currentPassword);
        requirePolicy("newPassword", user.username(), newPassword);
        inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            UserRepository.Row row = existing(users, user.username());
            Instant at = now();
            users.updatePasswordHash(row, hasher.hash(newPassword), at);
            audit(tx, at, user.username(), user, AuditLog.CHANGE_PASSWORD, "password", null, "changed");
            return null;
        });
    }

    /// Creates (or replaces) the manager's own Ed25519 signing key. The private key is stored only encrypted
    /// under `passphrase`; the public key joins the history so earlier signatures keep verifying.
    ///
    /// @return the new key's fingerprint, to read out to whoever checks signatures
    /// @throws AccessDenied        when the user may not hold a signing key
    /// @throws ValidationException when the passphrase breaks {@link PasswordPolicy}
    public String createSigningKey(User manager, char[] passphrase) {
        requirePolicy("passphrase", manager.username(), passphrase);
        KeyPair keys = SigningKeys.generate();
        String publicKey = SigningKeys.encodePublicKey(keys.getPublic());
        String fingerprint = SigningKeys.fingerprint(keys.getPublic());
        String encrypted = keyEncryption.encrypt(keys.getPrivate(), passphrase);
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            UserRepository.Row row = users.requireAllowed(manager, Permission.MANAGE_OWN_SIGNING_KEY);
            Instant at = now();
            users.updateSigningKey(row, publicKey, encrypted, fingerprint, at);
            audit(tx, at, row.user().username(), row.user(), AuditLog.CREATE_SIGNING_KEY, "signingKey",
                    row.fingerprint(), fingerprint);
            LOG.info("{} created signing key {}", row.user().username(), fingerprint);
            return fingerprint;
        });
    }

    /// The fingerprint of the user's current signing key, if they created one: what their account shows.
    public Optional<String> signingKeyFingerprint(User user) {
        return new UserRepository(db.dsl()).find(user.username())
                .filter(UserRepository.Row::hasSigningKey)
                .map(UserRepository.Row::fingerprint);
    }

    /// The user's current public signing key, if they created one.
    public Optional<PublicKey> publicKeyOf(User user) {
        return new UserRepository(db.dsl()).find(user.username())
                .filter(UserRepository.Row::hasSigningKey)
                .map(row -> SigningKeys.decodePublicKey(row.publicKey()));
    }

    public Optional<User> user(String username) {
        return new UserRepository(db.dsl()).find(username).map(UserRepository.Row::user);
    }

    /// Every account, deactivated ones included, by username.
    public List<User> users() {
        return new UserRepository(db.dsl()).findAll();
    }

    /// In a team register, what no password matches: the person signs in as their own database login, and the
    /// server checks the password.
    public static final String TEAM_LOGIN = "!team-login";

    /// Adds the account of a person of a team register whose login role already exists (`steward team
    /// add-person` creates both). The account carries the roles the app shows and checks; the group roles of the
    /// login are what the database enforces.
    ///
    /// @param actor the administrator's login, written to the audit log
    public User addTeamAccount(String username, String displayName, String title, Set<Role> roles, String actor) {
        if (!db.isTeam()) {
            throw new IllegalStateException("Team accounts exist only in a team register.");
        }
        char[] policyProof = "team-login: the server checks the password".toCharArray();
        User user = newUser(username, displayName, title, roles, policyProof);
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            if (users.find(user.username()).isPresent()) {
                throw new ValidationException(List.of(new ValidationProblem("username",
                        "The username '" + user.username() + "' is already taken.")));
            }
            Instant at = now();
            User saved = users.insert(user, TEAM_LOGIN, at);
            new AuditLog(tx).append(List.of(
                    event(at, actor, saved, AuditLog.CREATE, "username", saved.username()),
                    event(at, actor, saved, AuditLog.CREATE, "displayName", saved.displayName()),
                    event(at, actor, saved, AuditLog.CREATE, "roles", UserRepository.rolesText(saved.roles()))));
            return saved;
        });
    }

    /// In a team register, the account of the login the register was opened as: the server has checked its
    /// password already.
    ///
    /// @throws AuthenticationException when the login has no account here, or it is deactivated
    public User sessionAccount() {
        return inTransaction(tx -> {
            UserRepository users = new UserRepository(tx);
            String login = users.sessionLogin();
            UserRepository.Row row = users.find(login).orElseThrow(() -> new AuthenticationException(
                    "The login '" + login + "' has no Steward account in this team register: an administrator adds "
                            + "it with `steward team add-person`."));
            if (!row.user().active()) {
                throw new AuthenticationException(AuthenticationException.DEACTIVATED);
            }
            return row.user();
        });
    }

    private User newUser(String username, String displayName, String title, Set<Role> roles, char[] password) {
        String name = UserRepository.normalize(username);
        List<ValidationProblem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new ValidationProblem("username", "Enter a username."));
        } else if (name.length() > MAX_USERNAME || name.chars().anyMatch(Character::isWhitespace)) {
            problems.add(new ValidationProblem("username",
                    "A username is at most " + MAX_USERNAME + " characters, without spaces."));
        } else {
            FreeText.problem("username", "The username", name, MAX_USERNAME).ifPresent(problems::add);
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add(new ValidationProblem("displayName", "Enter the person's full name."));
        }
        // Name and title are signed into every attestation this user signs: no secrets, sized to the columns.
        problems.addAll(FreeText.check().text("displayName", "The full name", displayName, MAX_NAME_LENGTH)
                .text("title", "The job title", title, MAX_NAME_LENGTH).problems());
        if (roles == null || roles.isEmpty()) {
            problems.add(new ValidationProblem("roles", "Give the user at least one role."));
        }
        PasswordPolicy.problems(name, password).forEach(p -> problems.add(new ValidationProblem("password", p)));
        WriteChecks.requireValid(problems);
        return new User(0, name, displayName.strip(), title == null ? "" : title.strip(), roles, true);
    }

    private User insert(DSLContext tx, User user, char[] password, String actor) {
        UserRepository users = new UserRepository(tx);
        if (users.find(user.username()).isPresent()) {
            throw new ValidationException(List.of(new ValidationProblem("username",
                    "The username '" + user.username() + "' is already taken.")));
        }
        Instant at = now();
        User saved = users.insert(user, hasher.hash(password), at);
        new AuditLog(tx).append(List.of(
                event(at, actor, saved, AuditLog.CREATE, "username", saved.username()),
                event(at, actor, saved, AuditLog.CREATE, "displayName", saved.displayName()),
                event(at, actor, saved, AuditLog.CREATE, "roles", UserRepository.rolesText(saved.roles()))));
        LOG.info("{} created user {} with roles {}", actor, saved.username(), saved.roles());
        return saved;
    }

    private static UserRepository.Row existing(UserRepository users, String username) {
        return users.find(username).orElseThrow(() -> new ValidationException(List.of(new ValidationProblem(
                "username", "There is no account named '" + UserRepository.normalize(username) + "'."))));
    }

    private static void requireAnotherActiveAdmin(UserRepository users, User losing) {
        if (!losing.active() || !losing.hasRole(Role.ADMIN)) {
            return;
        }
        boolean another = users.findAll().stream()
                .anyMatch(u -> u.active() && u.hasRole(Role.ADMIN) && !u.username().equals(losing.username()));
        if (!another) {
            throw new ValidationException(List.of(new ValidationProblem("roles",
                    losing.describe() + " is the last active administrator: make someone else an administrator first.")));
        }
    }

    private static void requirePolicy(String field, String username, char[] secret) {
        PasswordPolicy.Secret kind = "passphrase".equals(field) ? PasswordPolicy.Secret.PASSPHRASE
                : PasswordPolicy.Secret.PASSWORD;
        WriteChecks.requireValid(PasswordPolicy.problems(kind, username, secret).stream()
                .map(p -> new ValidationProblem(field, p)).toList());
    }

    private static void audit(DSLContext tx, Instant at, String actor, User subject, String action, String field,
                              String oldValue, String newValue) {
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, actor, AuditLog.USER, subject.id(), action, field,
                oldValue, newValue)));
    }

    private static AuditEvent event(Instant at, String actor, User subject, String action, String field, String value) {
        return new AuditEvent(0, at, actor, AuditLog.USER, subject.id(), action, field, null, value);
    }

    private Instant now() {
        return DbTime.now(clock);
    }

    private <T> T inTransaction(Function<DSLContext, T> work) {
        return db.dsl().transactionResult(configuration -> work.apply(configuration.dsl()));
    }
}
