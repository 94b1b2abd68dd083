package dev.steward.storage;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.TransactionContext;
import org.jooq.TransactionListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultTransactionListenerProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
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
    private static final String H2_LOG_LEVEL = "org.slf4j.simpleLogger.log.h2database";
    private static final String JOOQ_VERSION_LOG =
            "org.slf4j.simpleLogger.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport";

    // H2 lets several connections in one JVM share a file silently. We refuse instead, because closing
    // one Database sends SHUTDOWN, which would pull the file out from under the other.
    private static final Set<Path> OPEN_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

    static {
        // jOOQ prints a banner and tips on first use; a desktop app's log has no use for them.
        System.setProperty("org.jooq.no-logo", System.getProperty("org.jooq.no-logo", "true"));
        System.setProperty("org.jooq.no-tips", System.getProperty("org.jooq.no-tips", "true"));
        // H2 hands its trace to SLF4J (TRACE_LEVEL_FILE=4 in jdbcUrl) with every statement at INFO or DEBUG;
        // the log keeps only its errors unless the user asks for more (slf4j-simple reads this per logger)
        System.setProperty(H2_LOG_LEVEL, System.getProperty(H2_LOG_LEVEL, "error"));
        // jOOQ's open-source POSTGRES dialect targets the newest server and warns once per connection on an older
        // one (15, 16); the statements Steward sends work on 15 and later (README, "Team mode")
        System.setProperty(JOOQ_VERSION_LOG, System.getProperty(JOOQ_VERSION_LOG, "error"));
    }

    private final Path basePath;
    private final TeamAddress team;
    /// The login of a team register, kept for the live-update connection ({@link #listen}); wiped on close.
    private String teamUser;
    private char[] teamPassword;
    private final JdbcConnectionPool pool;
    /// Unpooled connections to the same register, for the SHUTDOWN that closes it (see {@link #shutdownQuietly}).
    private final JdbcDataSource direct;
    private final DSLContext dsl;
    private final int migrationsApplied;
    private BackupRequests backupRequests;
    private boolean closed;
    private boolean compactOnClose;
    private final DSLContext bulkDsl;
    private final java.util.concurrent.atomic.AtomicLong bulkCommits = new java.util.concurrent.atomic.AtomicLong();
    /// Commits through {@link #bulkDsl()} between two checkpoints.
    private static final int BULK_COMMITS_PER_CHECKPOINT = 20;

    private Database(Path basePath, JdbcDataSource direct, JdbcConnectionPool pool, int migrationsApplied) {
        this.basePath = basePath;
        this.direct = direct;
        this.pool = pool;
        this.team = null;
        this.dsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(new DefaultTransactionListenerProvider(new TransactionListener() {
                    @Override
                    public void commitEnd(TransactionContext ctx) {
                        checkpoint();
                    }
                })));
        this.bulkDsl = DSL.using(new DefaultConfiguration().set(pool).set(SQLDialect.H2)
                .set(new DefaultTransactionListenerProvider(new TransactionListener() {
                    @Override
                    public void commitEnd(TransactionContext ctx) {
                        // often enough that unwritten pages never pile up in memory
                        if (bulkCommits.incrementAndGet() % BULK_COMMITS_PER_CHECKPOINT == 0) {
                            checkpoint();
                        }
                    }
                })));
        this.migrationsApplied = migrationsApplied;
    }

    /// A team register on a PostgreSQL server: the server makes commits durable, so there is no checkpoint and
    /// no file to hold; {@link #bulkDsl()} is the same as {@link #dsl()}.
    private Database(TeamAddress team, JdbcConnectionPool pool, String user, char[] password) {
        this.teamUser = user;
        this.teamPassword = password == null ? null : password.clone();
        this.basePath = null;
        this.direct = null;
        this.pool = pool;
        this.team = team;
        this.dsl = PostgresEngine.dsl(pool);
        this.bulkDsl = dsl;
        this.migrationsApplied = 0;
    }

    /// Opens the team register at `address` as the login `user`. Nothing is migrated: the schema must be
    /// exactly the one this build knows ({@link TeamSchema}); `steward team init` and `steward team upgrade`
    /// change it, as an administrator.
    ///
    /// @param password the login's password, `null` when the server asks none; the caller may clear it afterwards
    /// @throws DatabaseOpenException when the server cannot be reached, refuses the login, or holds no
    ///                               register of this schema version
    public static Database openTeam(TeamAddress address, String user, char[] password) {
        JdbcConnectionPool pool = PostgresEngine.pool(address, user, password);
        try {
            PostgresEngine.probe(pool, address, user);
            TeamSchema.requireCurrent(pool, address);
            LOG.info("Opened team register {} as {}", address, user);
            return new Database(address, pool, user, password);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    /// The server and database of a team register, or `null` for a register file.
    public TeamAddress team() {
        return team;
    }

    /// Tells `listener` about changes others commit to this team register, until the returned handle is closed
    /// (see {@link TeamChanges}); a register file has nobody else writing, and the handle does nothing.
    public AutoCloseable listen(TeamChanges.Listener listener) {
        if (team == null) {
            return () -> { };
        }
        return TeamChanges.start(team, teamUser, teamPassword, listener);
    }

    /// True for a team register on PostgreSQL.
    public boolean isTeam() {
        return team != null;
    }

    /// Opens (creating if needed) the register stored at {@code dbFile} and migrates it to the current schema.
    ///
    /// @param dbFile the H2 file, with or without its {@code .mv.db} suffix; missing parent folders are created
    /// @throws DatabaseOpenException when the file is in use, is not a database, or cannot be migrated
    public static Database open(Path dbFile) {
        return open(dbFile, null);
    }

    /// Opens an encrypted register (H2 file encryption, AES), or creates one encrypted under {@code passphrase}.
    /// Without the passphrase no record text can be read from the file. Nothing can recover a lost passphrase.
    ///
    /// @param passphrase {@code null} for an unencrypted register; the caller may clear the array afterwards
    /// @throws DatabaseOpenException with {@link DatabaseOpenException.Reason#ENCRYPTED} when the file is encrypted
    ///                               and no passphrase was given, {@link DatabaseOpenException.Reason#WRONG_PASSPHRASE}
    ///                               when the passphrase does not open it
    public static Database open(Path dbFile, char[] passphrase) {
        boolean encrypted = passphrase != null;
        if (encrypted && passphrase.length == 0) {
            throw new IllegalArgumentException("The passphrase must not be empty.");
        }
        Path base = basePathOf(dbFile);
        Path location = fileOf(base);
        if (!OPEN_IN_THIS_JVM.add(base)) {
            throw inUse(location, null);
        }
        try {
            createParentFolder(base, location);
            JooqWarmUp.start();
            JdbcDataSource direct = dataSource(base, passphrase);
            JdbcConnectionPool pool = JdbcConnectionPool.create(direct);
            try {
                probe(pool, location, encrypted);
            } catch (RuntimeException e) {
                pool.dispose(); // nothing was opened, so there is nothing to shut down
                throw e;
            }
            try {
                int applied = migrate(pool, location);
                // both checked with plain JDBC first: an ordinary open should not wait for jOOQ's first query
                if (LedgerSealer.hasUnsealedRows(pool)) {
                    LedgerSealer.sealLegacyRows(DSL.using(pool, SQLDialect.H2));
                }
                if (!SearchTermIndex.isCurrent(pool)) {
                    SearchTermIndex.rebuildIfOutdated(DSL.using(pool, SQLDialect.H2));
                }
                // the dashboard's totals, worked out once for a register from before they were kept (V19)
                if (!DashboardTally.isBuilt(pool)) {
                    DashboardTally.rebuild(DSL.using(pool, SQLDialect.H2));
                }
                // an import a crash interrupted: removed, or finished when all its rows were written
                if (ImportBatches.anyUnpublished(pool)) {
                    ImportBatches.recover(DSL.using(pool, SQLDialect.H2));
                }
                LOG.info("Opened register {} ({} migration(s) applied)", location, applied);
                Database db = new Database(base, direct, pool, applied);
                // while this process holds the file, it takes backups that other processes ask for
                db.backupRequests = BackupRequests.serve(base, db);
                return db;
            } catch (RuntimeException e) {
                shutdownQuietly(direct, pool);
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

    /// Forces committed data onto the disk (fsync) before a transaction returns. With WRITE_DELAY=0 (see
    /// {@link #jdbcUrl(Path)}) H2 has already written the commit to the file on the committing thread, so a
    /// killed process loses nothing without this; what {@code CHECKPOINT SYNC} adds is the fsync, so that an
    /// operating-system crash or a power cut does not lose a change the user was told was saved either. Kept
    /// deliberately: it costs about 0.8 ms per commit, and Steward's commits are a person's edits and whole
    /// import batches, not a stream. (Losses on SIGKILL once blamed on a missing checkpoint were an H2 2.5.252
    /// recovery bug; see docs/robustness.md and the pinned H2 version in the parent pom.)
    private void checkpoint() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            LOG.warn("Writing committed data to {} failed", location(), e);
        }
    }

    /// jOOQ access with a checkpoint after every 20th commit instead of each one, for transactions that need not
    /// reach the disk one by one: the hidden chunks of an import ({@link ImportBatches}), whose publishing commit
    /// then goes through {@link #dsl()} and writes everything before it too. A crash may lose the newest of those
    /// chunks, never a part of one; the next open removes or finishes the batch either way.
    public DSLContext bulkDsl() {
        return bulkDsl;
    }

    /// jOOQ access to this register. Transactions: {@code dsl().transactionResult(tx -> ...)}.
    public DSLContext dsl() {
        return dsl;
    }

    /// The {@code .mv.db} file holding the register; for a team register, its address as a path (for display).
    public Path location() {
        return team != null ? Path.of(team.toString()) : fileOf(basePath);
    }

    /// A pooled source of connections to this register, for code that needs plain JDBC.
    public DataSource dataSource() {
        return pool;
    }

    /// How many schema migrations {@link #open(Path)} applied; 0 when the file was already current.
    public int migrationsApplied() {
        return migrationsApplied;
    }

    /// Shuts the database down cleanly and releases the file; compacts it first when {@link #compactOnClose()}
    /// asked for it. Calling it again does nothing.
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (team != null) {
            if (teamPassword != null) {
                java.util.Arrays.fill(teamPassword, '\0');
            }
            pool.dispose();
            LOG.info("Closed team register {}", team);
            return;
        }
        if (backupRequests != null) {
            backupRequests.close();
        }
        String shutdown = compactOnClose ? "SHUTDOWN COMPACT" : "SHUTDOWN";
        if (compactOnClose) {
            LOG.info("Compacting register {} ({} MB) while closing it", location(), fileSize() / 1_048_576);
        }
        shutdownQuietly(direct, pool, shutdown);
        OPEN_IN_THIS_JVM.remove(basePath);
        LOG.info("Closed register {} ({} MB)", location(), fileSize() / 1_048_576);
    }

    /// Asks {@link #close()} to compact the file: rewrite it to its live data only. H2 leaves a file far above
    /// its live size after large writes (old versions of pages are kept for a while, then their space is reused
    /// but never given back): an import of 100,000 rows left 50 times the CSV's size. Compacting takes about as
    /// long as reading the live data once, so it is asked for after large writes only (imports, restores) and
    /// on demand ({@code steward compact}).
    public synchronized void compactOnClose() {
        compactOnClose = true;
    }

    /// True once {@link #compactOnClose()} was asked for.
    public synchronized boolean compactsOnClose() {
        return compactOnClose;
    }

    /// The size of the register's file now, in bytes; 0 when it cannot be read.
    public long fileSize() {
        return sizeOf(location());
    }

    /// The size of a register file in bytes; 0 when it cannot be read (absent, or not readable).
    static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    public static Path basePathOf(Path dbFile) {
        Path absolute = dbFile.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX) && name.length() > H2_SUFFIX.length()) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return absolute;
    }

    /// True while a {@code Database} of this JVM holds the file at {@code base} (see {@link #basePathOf(Path)}).
    public static boolean isOpenInThisJvm(Path base) {
        return OPEN_IN_THIS_JVM.contains(base);
    }

    /// The {@code .mv.db} file of the register at {@code dbFile} (given with or without its suffix).
    public static Path locationOf(Path dbFile) {
        return fileOf(basePathOf(dbFile));
    }

    /// The {@code .mv.db} file H2 keeps for the database at {@code base}.
    public static Path fileOf(Path base) {
        return base.resolveSibling(base.getFileName() + H2_SUFFIX);
    }

    /// The URL for a register, encrypted when a passphrase is given (see {@link #password(char[])}).
    public static String jdbcUrl(Path base, char[] passphrase) {
        return passphrase == null ? jdbcUrl(base) : jdbcUrl(base) + ";CIPHER=AES";
    }

    /// With CIPHER, H2 takes "<file password> <user password>" as the password; the user password is empty.
    public static String password(char[] passphrase) {
        return passphrase == null ? "" : new String(filePassword(passphrase)) + " ";
    }

    /// H2 splits its password at the first space and would use only the first word of a passphrase as the file
    /// password. So the whole passphrase is stretched (PBKDF2, so guessing is slow) into hex, which has no spaces.
    /// The salt is fixed because H2 already salts the file's key with a random salt of its own.
    public static char[] filePassword(char[] passphrase) {
        byte[] key = dev.steward.model.signing.Pbkdf2.derive(passphrase, FILE_KEY_SALT, FILE_KEY_ITERATIONS, 256);
        return java.util.HexFormat.of().formatHex(key).toCharArray();
    }

    private static final byte[] FILE_KEY_SALT = "steward-register-file-key-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int FILE_KEY_ITERATIONS = 210_000;

    public static String jdbcUrl(Path base) {
        String path = base.toString();
        if (path.indexOf(';') >= 0) {
            // ';' separates settings in an H2 URL; a path containing it would be cut short silently.
            throw new IllegalArgumentException("The register path must not contain ';': " + path);
        }
        // LOCK_TIMEOUT: give a background write a few seconds to finish before a second writer gives up.
        // WRITE_DELAY=0: each commit is written to the file on the committing thread, not up to 500 ms later by
        // H2's background writer; checkpoint() then forces it onto the disk.
        // TRACE_LEVEL_FILE=4: what H2 would write to a .trace.db file beside the register goes to the app's log
        // instead (SLF4J logger "h2database").
        return "jdbc:h2:file:" + path + ";LOCK_TIMEOUT=5000;WRITE_DELAY=0;TRACE_LEVEL_FILE=4;COMPRESS=TRUE";
    }

    /// Opens one connection before Flyway runs, so lock and format problems get a message of our own.
    private static void probe(JdbcConnectionPool pool, Path location, boolean encrypted) {
        try (Connection connection = pool.getConnection()) {
            LOG.debug("Register {} is readable (H2 {})", location,
                    connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            DatabaseOpenException translated = translate(e, location);
            if (translated.reason() == DatabaseOpenException.Reason.IN_USE) {
                throw translated;
            }
            if (encrypted) {
                throw wrongPassphrase(location, e, isEncryptedFile(location));
            }
            throw isEncryptedFile(location) ? encryptedNeedsPassphrase(location, e) : translated;
        }
    }

    /// H2 starts an encrypted file with this plain-text header, then salt and ciphertext.
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /// True when the file exists and carries H2's encryption header.
    public static boolean isEncryptedFile(Path dbFile) {
        Path location = locationOf(dbFile);
        try (var in = Files.newInputStream(location)) {
            return java.util.Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static DatabaseOpenException wrongPassphrase(Path location, SQLException e, boolean fileEncrypted) {
        return new DatabaseOpenException(DatabaseOpenException.Reason.WRONG_PASSPHRASE, location, fileEncrypted
                ? "The passphrase does not open " + location + "."
                : "The register " + location + " is not encrypted: open it without a passphrase.", e);
    }

    private static DatabaseOpenException encryptedNeedsPassphrase(Path location, SQLException e) {
        return new DatabaseOpenException(DatabaseOpenException.Reason.ENCRYPTED, location,
                "The register " + location + " is encrypted: open it with its passphrase.", e);
    }

    /// The newest schema migration this build ships (V{n}__…sql); a test keeps it in step with the files.
    static final int SCHEMA_VERSION = 22;

    private static int migrate(DataSource dataSource, Path location) {
        if (schemaIsCurrent(dataSource)) {
            // Flyway loads and scans for a second or more on a cold start only to find nothing to do
            return 0;
        }
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

    /// True when Flyway's history shows every migration up to {@link #SCHEMA_VERSION} applied and none failed.
    /// Anything else (a new file, an older or newer schema, a failed migration) goes through Flyway, which
    /// migrates or explains.
    private static boolean schemaIsCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            // asked first, so that a new file does not fail a query (H2 logs every failed statement)
            try (ResultSet table = connection.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null)) {
                if (!table.next()) {
                    return false;
                }
            }
            return historyReaches(connection);
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean historyReaches(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            int newest = 0;
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return false;
                }
                newest = Math.max(newest, Integer.parseInt(history.getString(1)));
            }
            return newest == SCHEMA_VERSION;
        } catch (SQLException | NumberFormatException e) {
            return false;
        }
    }

    public static DatabaseOpenException translate(SQLException e, Path location) {
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

    /// Closes the pool, then sends SHUTDOWN through an unpooled connection taken first (so the database stays
    /// open in between). A pooled connection rolls back when it is closed, which fails once SHUTDOWN has closed
    /// the database, and H2 wrote that failure's stack trace to a {@code .trace.db} file on every close.
    /// SHUTDOWN goes through plain JDBC: sent through jOOQ it reports "Database is already closed".
    private static void shutdownQuietly(JdbcDataSource direct, JdbcConnectionPool pool) {
        shutdownQuietly(direct, pool, "SHUTDOWN");
    }

    private static void shutdownQuietly(JdbcDataSource direct, JdbcConnectionPool pool, String shutdown) {
        try (Connection connection = direct.getConnection()) {
            pool.dispose();
            try (Statement statement = connection.createStatement()) {
                statement.execute(shutdown);
            }
        } catch (SQLException e) {
            LOG.debug("SHUTDOWN failed; the database was probably never opened", e);
        } finally {
            pool.dispose();
        }
    }

    private static JdbcDataSource dataSource(Path base, char[] passphrase) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(jdbcUrl(base, passphrase));
        source.setUser("sa");
        source.setPassword(password(passphrase));
        return source;
    }
}
