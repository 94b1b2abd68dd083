package dev.steward.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// One open register file: an embedded H2 database, migrated to the current schema on open.
///
/// Only one {@code Database} may hold a given file at a time, in this JVM or any other process;
/// a second {@link #open(Path)} fails with {@link DatabaseOpenException.Reason#IN_USE}.
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String H2_SUFFIX = ".mv.db";

    // H2 lets several connections in one JVM share a file silently. We refuse instead, because closing
    // one Database sends SHUTDOWN, which would pull the file out from under the other.
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    static {
        // jOOQ prints a banner and tips on first use; a desktop app's log has no use for them.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
    }

    private final Path basePath;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final int migrationsApplied;
    private boolean closed;

    private Database(Path basePath, JdbcConnectionPool pool, int migrationsApplied) {
        this.basePath = basePath;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.migrationsApplied = migrationsApplied;
    }

    /// Opens (creating if needed) the register stored at {@code dbFile} and migrates it to the current schema.
    ///
    /// @param dbFile the H2 file, with or without its {@code .mv.db} suffix; missing parent folders are created
    /// @throws DatabaseOpenException when the file is in use, is not a database, or cannot be migrated
    public static Database open(Path dbFile) {
        Path base = basePathOf(dbFile);
        Path location = fileOf(base);
        if (!OPEN_IN_THIS_JVM.add(base)) {
            throw inUse(location, null);
        }
        try {
            createParentFolder(base, location);
            JdbcConnectionPool pool = JdbcConnectionPool.create(jdbcUrl(base), "sa", "");
            try {
                probe(pool, location);
            } catch (RuntimeException e) {
                pool.dispose(); // nothing was opened, so there is nothing to shut down
                throw e;
            }
            try {
                int applied = migrate(pool, location);
                LedgerSealer.sealLegacyRows(DSL.using(pool, SQLDialect.H2));
                LOG.info("Opened register {} ({} migration(s) applied)", location, applied);
                return new Database(base, pool, applied);
            } catch (RuntimeException e) {
                shutdownQuietly(pool);
                throw e;
            }
        } catch (RuntimeException e) {
            OPEN_IN_THIS_JVM.remove(base);
            throw e;
        }
    }

    private static void createParentFolder(Path base, Path location) {
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, location,
                    "Cannot create the folder for " + location + ": " + e.getMessage(), e);
        }
    }

    /// jOOQ access to this register. Transactions: {@code dsl().transactionResult(tx -> ...)}.
    public DSLContext dsl() {
        return dsl;
    }

    /// The {@code .mv.db} file holding the register.
    public Path location() {
        return fileOf(basePath);
    }

    /// A pooled source of connections to this register, for code that needs plain JDBC.
    public DataSource dataSource() {
        return pool;
    }

    /// How many schema migrations {@link #open(Path)} applied; 0 when the file was already current.
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /// Shuts the database down cleanly and releases the file. Calling it again does nothing.
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        shutdownQuietly(pool);
        OPEN_IN_THIS_JVM.remove(basePath);
        LOG.info("Closed register {}", location());
    }

    static Path basePathOf(Path dbFile) {
        Path absolute = dbFile.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX) && name.length() > H2_SUFFIX.length()) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return absolute;
    }

    /// True while a {@code Database} of this JVM holds the file at {@code base} (see {@link #basePathOf(Path)}).
    static boolean isOpenInThisJvm(Path base) {
        return OPEN_IN_THIS_JVM.contains(base);
    }

    /// The {@code .mv.db} file H2 keeps for the database at {@code base}.
    static Path fileOf(Path base) {
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    static String jdbcUrl(Path base) {
        String path = base.toString();
        if (path.indexOf(';') >= 0) {
            // ';' separates settings in an H2 URL; a path containing it would be cut short silently.
            throw new IllegalArgumentException("The register path must not contain ';': " + path);
        }
        // LOCK_TIMEOUT: give a background write a few seconds to finish before a second writer gives up.
        // WRITE_DELAY=0: H2 otherwise writes commits to the file up to half a second later, so a killed
        // process loses work the user was told was saved (CrashSafetyTest caught exactly that).
        return "jdbc:h2:file:" + path + ";LOCK_TIMEOUT=5000;WRITE_DELAY=0";
    }

    /// Opens one connection before Flyway runs, so lock and format problems get a message of our own.
    private static void probe(JdbcConnectionPool pool, Path location) {
        try (Connection connection = pool.getConnection()) {
            LOG.debug("Register {} is readable (H2 {})", location,
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            throw translate(e, location);
        }
    }

    private static int migrate(DataSource dataSource, Path location) {
        try {
            return Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.MIGRATION_FAILED, location,
                    "The register " + location + " could not be updated to this version of Steward: "
                            + e.getMessage(), e);
        }
    }

    static DatabaseOpenException translate(SQLException e, Path location) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> inUse(location, e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1 -> notADatabase(location, e);
            // H2 reports unreadable content as an I/O error too; only a readable file can be "not a database".
            case ErrorCode.IO_EXCEPTION_1 ->
                    Files.isReadable(location) ? notADatabase(location, e) : other(location, e);
            default -> other(location, e);
        };
    }

    private static DatabaseOpenException notADatabase(Path location, SQLException e) {
        return new DatabaseOpenException(DatabaseOpenException.Reason.NOT_A_DATABASE, location,
                "The file " + location + " is not a Steward database or is damaged.", e);
    }

    private static DatabaseOpenException other(Path location, SQLException e) {
        return new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, location,
                "The database " + location + " could not be opened: " + e.getMessage(), e);
    }

    private static DatabaseOpenException inUse(Path location, Throwable cause) {
        return new DatabaseOpenException(DatabaseOpenException.Reason.IN_USE, location,
                "The database " + location + " is already open in another Steward window or process.", cause);
    }

    /// SHUTDOWN goes through a plain JDBC statement: sent through jOOQ it reports "Database is already closed".
    private static void shutdownQuietly(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("SHUTDOWN failed; the database was probably never opened", e);
        } finally {
            pool.dispose();
        }
    }
}
