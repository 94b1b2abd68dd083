package dev.steward.storage;

import dev.steward.model.access.Role;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// The database side of a person in a team register: a PostgreSQL login role of their own, member of the group
/// role of each Steward role they hold (db/postgresql V13 creates the groups and their grants).
public final class TeamLogins {
    /// Logins Steward creates: lower-case letters, digits, '_', '.', '-'; quoted in every statement anyway.
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.-]{0,62}");

    private TeamLogins() {
    }

    /// The group role that carries `role`'s grants.
    public static String groupOf(Role role) {
        return "steward_" + role.name().toLowerCase(Locale.ROOT);
    }

    /// Creates login `login` with `password` and grants it the groups of `roles`, signed in as the owner (who
    /// needs CREATEROLE). The password is hashed (SCRAM-SHA-256) by the driver before it is sent, so it never
    /// appears in a statement or a server log.
    ///
    /// @throws IllegalArgumentException for a login name Steward does not create
    /// @throws IllegalStateException    when the server refuses (the login exists, the owner may not create roles)
    public static void create(TeamAddress address, String owner, char[] ownerPassword, String login, char[] password,
                              Set<Role> roles) {
        if (!LOGIN.matcher(login).matches()) {
            throw new IllegalArgumentException("A team login is lower-case letters, digits, '_', '.' or '-', starting"
                    + " with a letter or '_', at most 63 characters: not '" + login + "'.");
        }
        JdbcConnectionPool pool = PostgresEngine.pool(address, owner, ownerPassword);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE ROLE \"" + login + "\" LOGIN");
            c.unwrap(PGConnection.class).alterUserPassword(login, password, "scram-sha-256");
            for (Role role : roles) {
                s.execute("GRANT " + groupOf(role) + " TO \"" + login + "\"");
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("The server " + address + " refused to create the login '" + login + "': "
                    + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
    }
}
