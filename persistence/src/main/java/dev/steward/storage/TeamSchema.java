package dev.steward.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/// The schema of a team register, changed only on an administrator's explicit command.
///
/// A client never migrates a team database (whoever opened it first would otherwise upgrade everybody's
/// register, possibly with an old build): `steward team init` creates the schema in an empty database,
/// `steward team upgrade` brings an older one up to this build's, and {@link #requireCurrent} refuses any
/// other state with a message saying what to do. The migrations are `db/postgresql/V*.sql`.
public final class TeamSchema {
    /// The newest migration in `db/postgresql` (a test keeps it in step with the files).
    public static final int VERSION = 22;
    static final String LOCATION = "classpath:db/postgresql";
    private static final String[] GROUPS = {"steward_auditor", "steward_reviewer", "steward_manager", "steward_admin"};

    private TeamSchema() {
    }

    /// The schema version the database holds: 0 when it holds no register, -1 when a migration failed.
    static int versionOf(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(
                    "SELECT to_regclass('public.flyway_schema_history') IS NOT NULL")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return 0;
                }
            }
            try (ResultSet history = statement.executeQuery("SELECT \"version\", \"success\" FROM "
                    + "public.flyway_schema_history WHERE \"version\" IS NOT NULL")) {
                int newest = 0;
                while (history.next()) {
                    if (!history.getBoolean(2)) {
                        return -1;
                    }
                    newest = Math.max(newest, Integer.parseInt(history.getString(1)));
                }
                return newest;
            }
        }
    }

    /// @throws DatabaseOpenException ({@link DatabaseOpenException.Reason#SCHEMA_MISMATCH}) unless the database
    ///                               holds a register of exactly {@link #VERSION}
    static void requireCurrent(DataSource source, TeamAddress address) {
        int version;
        try {
            version = versionOf(source);
        } catch (SQLException | NumberFormatException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, Path.of(address.toString()),
                    "Cannot read the schema version of the team database " + address + ": " + e.getMessage(), e);
        }
        String problem = problem(version, address);
        if (problem != null) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.SCHEMA_MISMATCH, Path.of(address.toString()),
                    problem, null);
        }
    }

    /// What is wrong with a database at `version` for this build, or `null` when nothing is.
    static String problem(int version, TeamAddress address) {
        if (version == VERSION) {
            return null;
        }
        if (version == 0) {
            return "The database " + address + " holds no Steward register yet. An administrator creates it with "
                    + "`steward team init --db " + address + "` (README, \"Team mode\").";
        }
        if (version < 0) {
            return "A schema change of the team database " + address + " failed part-way. An administrator runs "
                    + "`steward team upgrade --db " + address + "` again after fixing its cause.";
        }
        if (version > VERSION) {
            return "The team database " + address + " has schema version " + version + ", newer than this Steward "
                    + "knows (" + VERSION + "). Install the Steward version your team uses.";
        }
        return "The team database " + address + " has schema version " + version + "; this Steward needs "
                + VERSION + ". An administrator runs `steward team upgrade --db " + address + "`.";
    }

    /// Creates the register in an empty database, as the login that will own it (and must be allowed to create
    /// roles: the group roles are created here when the server has none yet).
    ///
    /// @return the migrations applied
    /// @throws IllegalStateException when the database already holds a register, or a migration fails
    public static int init(DataSource owner, TeamAddress address) {
        int version = currentVersion(owner, address);
        if (version != 0) {
            throw new IllegalStateException("The database " + address + " already holds a Steward register "
                    + "(schema version " + version + "); `steward team upgrade` brings it up to date.");
        }
        return migrate(owner, address);
    }

    /// {@link #init(DataSource, TeamAddress)} signed in as `owner` with `password` (`null`: the server asks none).
    public static int init(TeamAddress address, String owner, char[] password) {
        return asOwner(address, owner, password, source -> init(source, address));
    }

    /// {@link #upgrade(DataSource, TeamAddress)} signed in as `owner`.
    public static int upgrade(TeamAddress address, String owner, char[] password) {
        return asOwner(address, owner, password, source -> upgrade(source, address));
    }

    private static int asOwner(TeamAddress address, String owner, char[] password,
                               java.util.function.ToIntFunction<DataSource> work) {
        org.h2.jdbcx.JdbcConnectionPool pool = PostgresEngine.pool(address, owner, password);
        try {
            PostgresEngine.probe(pool, address, owner);
            return work.applyAsInt(pool);
        } finally {
            pool.dispose();
        }
    }

    /// Brings an older register up to {@link #VERSION}; does nothing when it is current.
    ///
    /// @throws IllegalStateException when the database holds no register or a newer one, or a migration fails
    public static int upgrade(DataSource owner, TeamAddress address) {
        int version = currentVersion(owner, address);
        if (version == 0 || version > VERSION) {
            throw new IllegalStateException(problem(version, address));
        }
        return migrate(owner, address);
    }

    private static int currentVersion(DataSource owner, TeamAddress address) {
        try {
            return versionOf(owner);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the team database " + address + ": " + e.getMessage(), e);
        }
    }

    private static int migrate(DataSource owner, TeamAddress address) {
        try {
            int applied = Flyway.configure().dataSource(owner).locations(LOCATION).load().migrate().migrationsExecuted;
            grantHistory(owner);
            // V22 keys the terms differently: they are written again, as an H2 register's are on open
            if (!SearchTermIndex.isCurrent(owner)) {
                SearchTermIndex.rebuildIfOutdated(PostgresEngine.dsl(owner));
            }
            if (!DashboardTally.isBuilt(owner)) {
                DashboardTally.rebuild(PostgresEngine.dsl(owner));
            }
            return applied;
        } catch (FlywayException | SQLException e) {
            throw new IllegalStateException("The team database " + address + " could not be brought to schema version "
                    + VERSION + ": " + e.getMessage(), e);
        }
    }

    /// Every client reads the history to check the schema version; Flyway creates that table after the grants
    /// of the first migration may have run.
    private static void grantHistory(DataSource owner) throws SQLException {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("GRANT SELECT ON public.flyway_schema_history TO " + String.join(", ", GROUPS));
        }
    }
}
