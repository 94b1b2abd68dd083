package dev.steward.service.access;

import dev.steward.storage.UserRepository;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import org.jooq.DSLContext;

import java.util.Objects;
import java.util.function.Supplier;

/// Who a service writes for, and the role check every write passes before it touches a row.
///
/// A signed-in user is checked against the stored account inside the write's own transaction (roles and
/// active flag as stored now), so a window held open since sign-in cannot outlive a role change, and a
/// disabled button is never the only thing standing between an auditor and the register.
/// A system actor (command line, restore, tests) is trusted: it has no account, only a name for the log.
public final class Actor {
    private final Supplier<User> user;
    private final Supplier<String> systemName;

    private Actor(Supplier<User> user, Supplier<String> systemName) {
        this.user = user;
        this.systemName = systemName;
    }

    /// @param user asked on every write; `null` from it means nobody is signed in, and every write is refused
    public static Actor signedIn(Supplier<User> user) {
        return new Actor(Objects.requireNonNull(user, "user"), null);
    }

    /// A trusted actor without an account, e.g. the operating-system user running the command line.
    public static Actor system(Supplier<String> name) {
        return new Actor(null, Objects.requireNonNull(name, "name"));
    }

    /// This actor in a team register opened as `login`: the database writes the session's login as the actor of
    /// every audit event, so a system actor becomes one named after the login; a signed-in person stays.
    public Actor forLogin(String login) {
        return user == null ? system(() -> login) : this;
    }

    /// The stored account of the signed-in user, once `permission` is confirmed: for work that needs a person,
    /// not only a name (signing, separation of duties).
    ///
    /// @throws AccessDenied when nobody is signed in, this is a system actor, or the account may not do this
    public User account(DSLContext ctx, Permission permission) {
        if (user == null) {
            throw new AccessDenied("Only a signed-in person may " + permission.description() + ".");
        }
        return new UserRepository(ctx).requireAllowed(signedInUser(permission), permission).user();
    }

    /// The signed-in user as the session knows it (roles as of sign-in), or `null` for a system actor or
    /// nobody signed in. For display only: every check reads the stored account instead.
    public User claimed() {
        return user == null ? null : user.get();
    }

    /// The name to write in the audit log, once `permission` is confirmed.
    ///
    /// @param ctx the write's transaction, so the check and the write see the same account
    /// @throws AccessDenied when nobody is signed in, or the stored account may not do this
    public String authorize(DSLContext ctx, Permission permission) {
        if (user == null) {
            String name = systemName.get();
            return name == null || name.isBlank() ? "unknown" : name;
        }
        return new UserRepository(ctx).requireAllowed(signedInUser(permission), permission).user().username();
    }

    /// The one place that says nobody is signed in.
    private User signedInUser(Permission permission) {
        User current = user.get();
        if (current == null) {
            throw new AccessDenied("Nobody is signed in: sign in to " + permission.description() + ".");
        }
        return current;
    }
}
