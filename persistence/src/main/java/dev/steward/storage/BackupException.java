package dev.steward.storage;

import java.nio.file.Path;

/// Thrown by a backup or restore (the backup workflow and {@link Engine}) when a backup or restore cannot be done. The message names the file and
/// says what to do; {@link #reason()} lets a caller choose an exit code or an offer without parsing it.
public class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /// Why the backup or restore failed.
    public enum Reason {
        /// The file to restore from is not a zip holding a Steward database (corrupt, truncated, wrong file).
        NOT_A_BACKUP,
        /// There is no database at the path to back up.
        NO_DATABASE,
        /// The target already exists and overwriting was not allowed.
        TARGET_EXISTS,
        /// Another process (or another window of this one) holds the database file.
        IN_USE,
        /// The register (or the register in the backup) is encrypted and the passphrase is missing or wrong.
        ENCRYPTED,
        /// Anything else: permissions, a full disk, a failed migration.
        IO
    }

    private final Reason reason;
    private final Path file;

    public BackupException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.file = file;
    }

    public Reason reason() {
        return reason;
    }

    /// The file the problem concerns.
    public Path file() {
        return file;
    }
}
