package dev.steward.service.backup;

import dev.steward.storage.BackupRequests;
import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;

import dev.steward.service.backup.BackupException.Reason;
import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/// Consistent copies of a register file, and restoring them.
///
/// A backup is H2's own {@code BACKUP TO}: a zip holding the {@code .mv.db} file as of one consistent
/// moment, taken through a connection to the live database. H2 shares an embedded database between
/// connections of one process, so this works while Steward has the register open in the same JVM.
/// A register held by another process cannot be reached directly (Steward opens it without H2's
/// {@code AUTO_SERVER}, on purpose, so two apps never write one file and no port is opened); the backup then
/// asks that process to take it ({@link BackupRequests}), and says so if nobody answers.
///
/// Both operations write to a temporary file beside the target and move it into place only once it is
/// complete, so a failure never leaves a half-written backup or register behind.
public final class Backups {
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    /// What a restore produced.
    ///
    /// @param database          the restored {@code .mv.db} file
    /// @param migrationsApplied schema migrations run on the restored copy (more than 0 for an older backup)
    public record Restored(Path database, int migrationsApplied) {
    }

    private Backups() {
    }

    /// Writes a consistent zip copy of the register at {@code dbFile} to {@code zip}. The register is not
    /// migrated or otherwise changed.
    ///
    /// @param dbFile    the register, with or without its {@code .mv.db} suffix
    /// @param overwrite whether an existing {@code zip} may be replaced
    /// @return the absolute path of the written zip
    /// @throws BackupException when there is no register, it is in use by another process,
    ///                         the zip exists and may not be replaced, or writing fails
    public static Path backup(Path dbFile, Path zip, boolean overwrite) {
        return backup(dbFile, zip, overwrite, null);
    }

    /// As {@link #backup(Path, Path, boolean)} for an encrypted register; the zip holds the file still encrypted.
    ///
    /// @param passphrase the register's passphrase, {@code null} when it is not encrypted
    public static Path backup(Path dbFile, Path zip, boolean overwrite, char[] passphrase) {
        Path base = Database.basePathOf(dbFile);
        Path location = Database.fileOf(base);
        if (!Files.isRegularFile(location)) {
            throw new BackupException(Reason.NO_DATABASE, location, "There is no Steward database at " + location + ".", null);
        }
        Path target = zip.toAbsolutePath().normalize();
        refuseExisting(target, overwrite, "backup file");
        Path partial = createParentAndPartialName(target);
        // IFEXISTS: a typo in the path must not silently create (and back up) an empty database.
        try (Connection connection = DriverManager.getConnection(Database.jdbcUrl(base, passphrase) + ";IFEXISTS=TRUE",
                "sa", Database.password(passphrase));
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            deleteQuietly(partial);
            if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw fromOpenFailure(e, location, "back up");
            }
            askTheHolder(base, location, partial);
        }
        moveIntoPlace(partial, target);
        LOG.info("Backed up {} to {}", location, target);
        return target;
    }

    /// Restores the register in {@code zip} (made by {@link #backup}) to {@code dbFile}, then migrates it to
    /// the current schema. The copy is extracted and migrated beside the target first and only moved into
    /// place when both succeeded.
    ///
    /// @param overwrite whether an existing register at {@code dbFile} may be replaced; it must not be open
    /// @throws BackupException when the zip is not a Steward backup, the target exists and may not be
    ///                         replaced or is in use, or reading, writing or migrating fails
    public static Restored restore(Path zip, Path dbFile, boolean overwrite) {
        return restore(zip, dbFile, overwrite, null);
    }

    /// As {@link #restore(Path, Path, boolean)} for a backup of an encrypted register, which stays encrypted.
    ///
    /// @param passphrase the backed-up register's passphrase, {@code null} when it is not encrypted
    public static Restored restore(Path zip, Path dbFile, boolean overwrite, char[] passphrase) {
        Path source = zip.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException(Reason.IO, source, "There is no backup file at " + source + ".", null);
        }
        Path base = Database.basePathOf(dbFile);
        Path location = Database.fileOf(base);
        refuseExisting(location, overwrite, "database");
        if (Files.exists(location)) {
            refuseInUse(base, location);
        }
        Path work = createWorkFolder(base);
        try {
            Path extracted = work.resolve("restored.mv.db");
            extract(source, extracted);
            int applied = migrate(work.resolve("restored"), source, passphrase);
            moveIntoPlace(extracted, location);
            LOG.info("Restored {} from {} ({} migration(s) applied)", location, source, applied);
            return new Restored(location, applied);
        } finally {
            deleteTree(work);
        }
    }

    private static void refuseExisting(Path target, boolean overwrite, String what) {
        if (!overwrite && Files.exists(target)) {
            throw new BackupException(Reason.TARGET_EXISTS, target,
                    "Refusing to overwrite the existing " + what + " " + target + ".", null);
        }
    }

    /// Replacing a file another process still writes to would lose the restore the moment it saves.
    private static void refuseInUse(Path base, Path location) {
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

    private static void extract(Path zip, Path extracted) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> databases = file.stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(".mv.db"))
                    .toList();
            if (databases.size() != 1) {
                throw notABackup(zip, databases.isEmpty()
                        ? "it holds no database file (.mv.db)"
                        : "it holds " + databases.size() + " database files: "
                                + String.join(", ", databases.stream().map(ZipEntry::getName).toList()), null);
            }
            // The entry's name is never used as a path, so a crafted name cannot write outside the work folder.
            try (InputStream in = file.getInputStream(databases.getFirst())) {
                Files.copy(in, extracted);
            }
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw notABackup(zip, "it is not a readable zip file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new BackupException(Reason.IO, zip, "Cannot read the backup " + zip + ": " + e.getMessage(), e);
        }
    }

    private static int migrate(Path restoredBase, Path zip, char[] passphrase) {
        try (Database db = Database.open(restoredBase, passphrase)) {
            return db.migrationsApplied();
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.ENCRYPTED
                    || e.reason() == DatabaseOpenException.Reason.WRONG_PASSPHRASE) {
                throw new BackupException(Reason.ENCRYPTED, zip, "The backup " + zip + " holds an encrypted register: "
                        + e.getMessage(), e);
            }
            if (e.reason() == DatabaseOpenException.Reason.NOT_A_DATABASE) {
                throw notABackup(zip, "the file inside is not a Steward database or is damaged", e);
            }
            throw new BackupException(Reason.IO, zip,
                    "The backup " + zip + " could not be opened or updated to this version of Steward: "
                            + e.getMessage(), e);
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
        } catch (java.util.concurrent.TimeoutException e) {
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

    /// How long to wait for the process holding the register to take a backup for us.
    static final java.time.Duration HOLDER_TIMEOUT = java.time.Duration.ofSeconds(60);

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

    private static BackupException notABackup(Path zip, String why, Throwable cause) {
        return new BackupException(Reason.NOT_A_BACKUP, zip, "The file " + zip + " is not a Steward backup: " + why + ".", cause);
    }

    private static Path createParentAndPartialName(Path target) {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new BackupException(Reason.IO, target, "Cannot create the folder for " + target + ": " + e.getMessage(), e);
        }
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    private static Path createWorkFolder(Path base) {
        try {
            Files.createDirectories(base.getParent());
            return Files.createTempDirectory(base.getParent(), ".steward-restore-");
        } catch (IOException e) {
            throw new BackupException(Reason.IO, base.getParent(),
                    "Cannot write in " + base.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static void moveIntoPlace(Path from, Path to) {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteQuietly(from);
            throw new BackupException(Reason.IO, to, "Cannot write " + to + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the partial file {}", file, e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(Backups::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not remove the work folder {}", folder, e);
        }
    }
}
