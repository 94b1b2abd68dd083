package dev.steward.service.backup;

import dev.steward.storage.BackupException;
import dev.steward.storage.Engine;
import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamFileCopy;
import dev.steward.service.users.UserService;

import dev.steward.storage.BackupException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/// Consistent copies of a register file, and restoring them; the same for a team register, whose backup is a
/// register file made from it ({@link #backupTeam}) in the same zip format.
///
/// The engine takes the consistent copy itself ({@link Engine#backup}); this workflow decides where it goes,
/// refuses to overwrite what it should not, and restores a copy by migrating it to the current schema.
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

    /// Compacts the closed register at `dbFile`: rewrites it to its live data, giving back the space that large
    /// writes (imports, restores) left in the file. Changes no data and needs no sign-in, like a backup.
    ///
    /// @param passphrase the register's passphrase, `null` when it is not encrypted
    /// @throws BackupException when there is no register, another process holds it, or the passphrase is wrong
    public static Engine.Compacted compact(Path dbFile, char[] passphrase) {
        Engine engine = Engine.forRegister(dbFile);
        Path location = engine.locationOf(dbFile);
        if (!Files.isRegularFile(location)) {
            throw new BackupException(BackupException.Reason.NO_DATABASE, location,
                    "There is no Steward database at " + location + ".", null);
        }
        return engine.compact(dbFile, passphrase);
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
        Engine.forRegister(dbFile).backup(dbFile, partial, passphrase);
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
        Engine.forRegister(dbFile).requireNotInUse(dbFile);
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

    /// Writes a backup of the team register at `address`, read as `login` in one consistent snapshot, to `zip`:
    /// the zip a register file's backup is, holding a register file the team register was copied into with every
    /// id, so that {@link #restoreTeam} (or `steward team import-register` of the file) puts it back whole.
    ///
    /// @throws BackupException when the zip exists and may not be replaced, or reading or writing fails
    public static Path backupTeam(TeamAddress address, String login, char[] password, Path zip, boolean overwrite) {
        Path target = zip.toAbsolutePath().normalize();
        refuseExisting(target, overwrite, "backup file");
        Path partial = createParentAndPartialName(target);
        Path work = createWorkFolder(target);
        try {
            Path copy = work.resolve("register");
            try (Database file = Database.open(copy)) {
                TeamFileCopy.outOfTeam(address, login, password, file);
            } catch (IllegalStateException | DatabaseOpenException e) {
                throw new BackupException(Reason.IO, target, "Cannot back up " + address + ": " + e.getMessage(), e);
            }
            Engine.forRegister(copy).backup(copy, partial, null);
            moveIntoPlace(partial, target);
            LOG.info("Backed up {} to {}", address, target);
            return target;
        } finally {
            deleteTree(work);
        }
    }

    /// Restores the backup `zip` (of a team register, or of a register file) into the empty team register at
    /// `address`, as its owner, in one transaction; nothing is written unless all of it is.
    ///
    /// @param passphrase the backed-up register file's passphrase, `null` when it is not encrypted
    /// @return the rows restored per table
    /// @throws BackupException when the zip is not a Steward backup, the team register is not empty, or the copy fails
    public static Map<String, Long> restoreTeam(Path zip, TeamAddress address, String owner, char[] ownerPassword,
                                                char[] passphrase) {
        Path source = zip.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new BackupException(Reason.IO, source, "There is no backup file at " + source + ".", null);
        }
        Path work = createWorkFolder(source);
        try {
            extract(source, work.resolve("restored.mv.db"));
            migrate(work.resolve("restored"), source, passphrase);
            try (Database file = Database.open(work.resolve("restored"), passphrase)) {
                Map<String, Long> restored = TeamFileCopy.intoTeam(file, address, owner, ownerPassword,
                        UserService.TEAM_LOGIN);
                LOG.info("Restored {} from {}", address, source);
                return restored;
            } catch (IllegalStateException | DatabaseOpenException e) {
                throw new BackupException(Reason.IO, source, "Cannot restore " + source + " into " + address + ": "
                        + e.getMessage(), e);
            }
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
