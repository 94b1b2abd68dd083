package dev.steward.testing;

import dev.steward.service.users.UserService;
import dev.steward.storage.Database;

import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.PrivateKeyEncryption;

import java.time.Clock;
import java.util.Set;

/// Accounts for tests, hashed and encrypted with few iterations so each case stays fast.
public final class TestUsers {
    public static final String PASSWORD = "correct horse battery";
    public static final String PASSPHRASE = "signing passphrase 42";

    private TestUsers() {
    }

    public static UserService service(Database db, Clock clock) {
        return new UserService(db, clock, new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));
    }

    /// The first administrator, then one account per name with the given roles.
    public static User admin(UserService users) {
        return users.createFirstAdmin("root", "Rita Root", "IT", PASSWORD.toCharArray());
    }

    public static User create(UserService users, User admin, String username, Role... roles) {
        return users.createUser(admin, username, "Name of " + username, "Title of " + username, Set.of(roles),
                PASSWORD.toCharArray());
    }
}
