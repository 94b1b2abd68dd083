package dev.steward.service.team;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.users.UserService;
import dev.steward.storage.Database;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamLogins;
import dev.steward.storage.TeamFileCopy;
import dev.steward.storage.TeamSchema;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/// What a database administrator does to a team register, each step an explicit command (`steward team …`):
/// create it in an empty database, upgrade its schema, add a person. Every step signs in as the owner, the login
/// that owns the register's tables.
public final class TeamAdministration {
    private final TeamAddress address;
    private final String owner;
    private final char[] ownerPassword;

    /// @param ownerPassword `null` when the server asks none; the caller clears it after use
    public TeamAdministration(TeamAddress address, String owner, char[] ownerPassword) {
        this.address = address;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
    }

    /// Creates the register's schema, roles and rules in an empty database; returns the migrations applied.
    public int init() {
        return TeamSchema.init(address, owner, ownerPassword);
    }

    /// Brings the schema up to this build's; returns the migrations applied (0 when it was current).
    public int upgrade() {
        return TeamSchema.upgrade(address, owner, ownerPassword);
    }

    /// Adds a person: their own login (with `password`, hashed by the driver) in the group roles of `roles`, and
    /// their Steward account, logged as created by the owner.
    public User addPerson(String login, String displayName, String title, Set<Role> roles, char[] password) {
        TeamLogins.create(address, owner, ownerPassword, login, password, roles);
        try (RegisterServices services = RegisterServices.openTeam(address, owner, ownerPassword,
                Actor.system(() -> owner), Clock.systemUTC(), RegisterServices.Security.production())) {
            return services.users().addTeamAccount(login, displayName, title, roles, owner);
        }
    }

    /// Moves the register file `file` (opened with `passphrase`, `null` when it is not encrypted) into this
    /// empty team register: every row with its id, the audit log with its chain and checkpoints, signed
    /// attestations and the keys that verify them. The accounts come without their file passwords: each person
    /// signs in with a database login (see {@link #addLogin}).
    ///
    /// @return the rows copied per table
    /// @throws IllegalStateException when the team register is not empty or the copy fails; nothing is written
    public Map<String, Long> importRegister(Path file, char[] passphrase) {
        try (Database source = Database.open(file, passphrase)) {
            return TeamFileCopy.intoTeam(source, address, owner, ownerPassword, UserService.TEAM_LOGIN);
        }
    }

    /// Gives an account that came with an imported register its database login, in the group roles of the
    /// account's roles (the account is kept as imported).
    ///
    /// @throws IllegalArgumentException when the register has no account `login`
    public User addLogin(String login, char[] password) {
        User account;
        try (RegisterServices services = RegisterServices.openTeam(address, owner, ownerPassword,
                Actor.system(() -> owner), Clock.systemUTC(), RegisterServices.Security.production())) {
            account = services.users().user(login).orElseThrow(() -> new IllegalArgumentException(
                    "The team register has no account '" + login + "': `steward team add-person` adds a new person."));
        }
        TeamLogins.create(address, owner, ownerPassword, login, password, account.roles());
        return account;
    }
}
