package dev.steward.storage;

import dev.steward.storage.BackupException.Reason;
import org.h2.api.ErrorCode;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/// Embedded H2: a register is one `.mv.db` file, locked by the process that opens it.
///
/// A backup is H2's own `BACKUP TO`: a zip holding the file as of one consistent moment, taken through a
/// connection to the live database. H2 shares an embedded database between connections of one process, so
/// this works while Steward has the register open in the same JVM. A register held by another process cannot
/// be reached directly (Steward opens it without H2's `AUTO_SERVER`, on purpose, so two apps never write one
/// file and no port is opened); the backup then asks that process to take it ({@link BackupRequests}).
final class H2Engine implements Engine {
    static final H2Engine INSTANCE = new H2Engine();
    private static final Logger LOG = LoggerFactory.getLogger(H2Engine.class);

    /// How long to wait for the process holding the register to take a backup for us.
    static final Duration HOLDER_TIMEOUT = Duration.ofSeconds(60);

    private H2Engine() {
    }

    /// A lock wait that timed out, or H2's "Deadlock detected".
    @Override
    public boolean isBusyFailure(Throwable error) {
        return RegisterBusyException.isLockTimeout(error)
                || RegisterBusyException.causedBy(error, sql -> sql.getErrorCode() == ErrorCode.DEADLOCK_1);
    }

    @Override
    public Path locationOf(Path register) {
        return Database.locationOf(register);
    }

    @Override
    public boolean isEncrypted(Path register) {
        return Database.isEncryptedFile(register);
    }

    @Override
    public void backup(Path register, Path partialZip, char[] passphrase) {
        Path base = Database.basePathOf(register);
        Path location = Database.fileOf(base);
        // IFEXISTS: a typo in the path must not silently create (and back up) an empty database.
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(base, passphrase) + ";IFEXISTS=TRUE",
                "sa", Database.password(passphrase));
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + partialZip.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            deleteQuietly(partialZip);
            if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw fromOpenFailure(e, location, "back up");
            }
            askTheHolder(base, location, partialZip);
        }
    }

    /// Replacing a file another process still writes to would lose the restore the moment it saves.
    @Override
    public void requireNotInUse(Path register) {
        Path base = Database.basePathOf(register);
        Path location = Database.fileOf(base);
        if (!Files.exists(location)) {
            return;
        }
        if (Database.isOpenInThisJvm(base)) {
            throw inUse(location, "restore over", null);
        }
        try (Connection ignored = DriverManager.getConnection(Database.jdbcUrl(base) + ";IFEXISTS=TRUE", "sa", "")) {
            LOG.debug("{} is not in use; it may be replaced", location);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw inUse(location, "restore over", e);
            }
            // Not a readable database: nothing can be using it, and the caller asked to replace it.
        }
    }

    /// H2's `SHUTDOWN COMPACT`, through a connection of its own: it refuses a register another process holds,
    /// and waits for nothing else, because no other connection to a closed register exists.
    @Override
    public Compacted compact(Path register, char[] passphrase) {
        Path base = Database.basePathOf(register);
        Path location = Database.fileOf(base);
        if (Database.isOpenInThisJvm(base)) {
            throw inUse(location, "compact", null);
        }
        long before = Database.sizeOf(location);
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(base, passphrase) + ";IFEXISTS=TRUE",
                "sa", Database.password(passphrase));
             Statement statement = connection.createStatement()) {
            LOG.info("Compacting {} ({} MB)", location, before / 1_048_576);
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw fromOpenFailure(e, location, "compact");
        }
        long after = Database.sizeOf(location);
        LOG.info("Compacted {}: {} MB to {} MB", location, before / 1_048_576, after / 1_048_576);
        return new Compacted(location, before, after);
    }

    @Override
    public void changeEncryption(Path copy, char[] from, char[] to) {
        Path base = Database.basePathOf(copy);
        String folder = base.getParent().toString();
        String name = base.getFileName().toString();
        try {
            if (from != null) {
                ChangeFileEncryption.execute(folder, name, "AES", Database.filePassword(from), null, true);
            }
            if (to != null) {
                ChangeFileEncryption.execute(folder, name, "AES", null, Database.filePassword(to), true);
            }
        } catch (SQLException e) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, copy,
                    "Cannot change the encryption of " + copy + ": " + e.getMessage(), e);
        }
    }

    /// Another process holds the register: ask it to take the backup (see {@link BackupRequests}).
    private static void askTheHolder(Path base, Path location, Path partial) {
        try {
            String failure = BackupRequests.requestFromHolder(base, partial, HOLDER_TIMEOUT);
            if (failure != null) {
                deleteQuietly(partial);
                throw new BackupException(Reason.IO, location, "Cannot back up " + location
                        + ": the Steward process holding it reported: " + failure, null);
            }
        } catch (TimeoutException e) {
            deleteQuietly(partial);
            throw inUse(location, "back up", e);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException(Reason.IO, location, "Cannot back up " + location + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deleteQuietly(partial);
            throw new BackupException(Reason.IO, location, "Backup of " + location + " was interrupted.", e);
        }
    }

    private static BackupException fromOpenFailure(SQLException e, Path location, String verb) {
        if (e.getErrorCode() == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
            return new BackupException(Reason.NO_DATABASE, location, "There is no Steward database at " + location + ".", e);
        }
        DatabaseOpenException translated = Database.translate(e, location);
        if (translated.reason() == DatabaseOpenException.Reason.IN_USE) {
            return inUse(location, verb, e);
        }
        if (Database.isEncryptedFile(location)) {
            return new BackupException(Reason.ENCRYPTED, location, "Cannot " + verb + " " + location
                    + ": the register is encrypted, and the passphrase given (if any) does not open it.", e);
        }
        return new BackupException(Reason.IO, location, "Cannot " + verb + " " + location + ": " + translated.getMessage(), e);
    }

    private static BackupException inUse(Path location, String verb, Throwable cause) {
        return new BackupException(Reason.IN_USE, location,
                "Cannot " + verb + " " + location + ": it is open in another Steward process (the desktop app locks"
                        + " the file while it runs). Close Steward and try again.", cause);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the partial file {}", file, e);
        }
    }
}
