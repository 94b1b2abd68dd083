package dev.steward.service.team;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamLogins;
import dev.steward.storage.TeamSchema;

import java.time.Clock;
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
}
