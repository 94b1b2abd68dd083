package dev.steward.storage;

import dev.steward.storage.BackupException.Reason;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

/// A team register on a PostgreSQL server (`--db postgresql://host:port/database`).
///
/// jOOQ's classes are generated from the H2 schema, whose names are upper case in schema `PUBLIC`; PostgreSQL
/// folds unquoted names to lower case, so every name is rendered lower case ({@link #dsl}). Strings are sent
/// untyped (`stringtype=unspecified`) so that a bound value compared with a citext column (integration name and
/// vendor, which ignore case like H2's VARCHAR_IGNORECASE) is compared as citext, not as text.
final class PostgresEngine implements Engine {
    static final PostgresEngine INSTANCE = new PostgresEngine();
    private static final Logger LOG = LoggerFactory.getLogger(PostgresEngine.class);
    /// As H2's LOCK_TIMEOUT (see {@link Database#jdbcUrl(Path)}): a few seconds for a lock before giving up.
    static final int LOCK_TIMEOUT_MILLIS = 5_000;
    /// At most this many connections per open register; a window and its background tasks need few.
    private static final int MAX_CONNECTIONS = 8;
    /// lock_not_available, deadlock_detected, serialization_failure: another writer was in the way.
    private static final Set<String> BUSY_STATES = Set.of("55P03", "40P01", "40001");
    /// invalid_authorization_specification, invalid_password, insufficient_privilege (CONNECT),
    /// invalid_catalog_name (no such database).
    private static final Set<String> SIGN_IN_STATES = Set.of("28000", "28P01", "42501", "3D000");

    private PostgresEngine() {
    }

    /// Pooled connections as `user`. The pool is H2's small {@link JdbcConnectionPool}, which works over any
    /// JDBC {@link javax.sql.ConnectionPoolDataSource}; H2 is on the class path anyway.
    static JdbcConnectionPool pool(TeamAddress address, String user, char[] password) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setServerNames(new String[]{address.host()});
        source.setPortNumbers(new int[]{address.port()});
        source.setDatabaseName(address.database());
        source.setUser(user);
        if (password != null) {
            source.setPassword(new String(password));
        }
        source.setApplicationName("Steward");
        try {
            source.setSslMode(address.sslMode());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Unknown TLS mode " + address.sslMode(), e);
        }
        source.setStringType("unspecified");
        source.setOptions("-c lock_timeout=" + LOCK_TIMEOUT_MILLIS + " -c TimeZone=UTC");
        source.setConnectTimeout(10);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /// jOOQ over a team register: PostgreSQL dialect, names rendered as PostgreSQL folds them.
    static DSLContext dsl(DataSource source) {
        return DSL.using(new DefaultConfiguration().set(source).set(SQLDialect.POSTGRES).set(settings()));
    }

    static Settings settings() {
        return new Settings().withRenderNameCase(RenderNameCase.LOWER);
    }

    /// One connection before anything else, so a refused login or an unknown server gets a message of our own.
    static void probe(DataSource pool, TeamAddress address, String user) {
        try (Connection connection = pool.getConnection()) {
            LOG.debug("Team register {} answers (PostgreSQL {})", address,
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw translate(e, address, user);
        }
    }

    static DatabaseOpenException translate(SQLException e, TeamAddress address, String user) {
        Path location = Path.of(address.toString());
        if (e.getSQLState() != null && SIGN_IN_STATES.contains(e.getSQLState())) {
            return new DatabaseOpenException(DatabaseOpenException.Reason.SIGN_IN_FAILED, location,
                    "The server " + address.host() + ":" + address.port() + " did not let '" + user + "' into "
                            + "database " + address.database() + ": " + e.getMessage(), e);
        }
        return new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, location,
                "Cannot reach the team database " + address + ": " + e.getMessage(), e);
    }

    @Override
    public boolean isBusyFailure(Throwable error) {
        return RegisterBusyException.causedBy(error, sql -> BUSY_STATES.contains(sql.getSQLState()));
    }

    @Override
    public Path locationOf(Path register) {
        return Path.of(TeamAddress.parse(register.toString()).toString());
    }

    /// The server encrypts (or not) as its administrator set it up; Steward has no passphrase for it.
    @Override
    public boolean isEncrypted(Path register) {
        return false;
    }

    @Override
    public void backup(Path register, Path partialZip, char[] passphrase) {
        throw notHere(register, "back up");
    }

    @Override
    public void requireNotInUse(Path register) {
        throw notHere(register, "restore over");
    }

    /// A PostgreSQL server reclaims space by itself (autovacuum); `VACUUM FULL` is the administrator's to run.
    @Override
    public Compacted compact(Path register, char[] passphrase) {
        throw new BackupException(Reason.IO, register, "Cannot compact the team database " + register
                + ": PostgreSQL reclaims space by itself (autovacuum); a database administrator may run VACUUM FULL.",
                null);
    }

    @Override
    public void changeEncryption(Path copy, char[] from, char[] to) {
        throw new UnsupportedOperationException("A team database is encrypted by its server, not by Steward.");
    }

    private static BackupException notHere(Path register, String verb) {
        // Backups.backupTeam/restoreTeam copy a team register row by row as a signed-in login; this engine seam
        // only knows register files
        return new BackupException(Reason.IO, register, "Cannot " + verb + " the team database " + register
                + " as a file: `steward backup`/`steward restore --db " + register + "` copy it row by row (README "
                + "\"Team mode\"), or use the server's own backup (pg_dump).", null);
    }
}
