package dev.steward.storage;

import java.nio.file.Path;

/// Thrown by {@link Database#open(Path)} when the register file cannot be opened.
/// The message is written for the person at the screen; {@link #reason()} lets the UI choose what to offer
/// (for example "open another file" for {@link Reason#NOT_A_DATABASE}).
public class DatabaseOpenException extends RuntimeException {

    /// Why opening failed.
    public enum Reason {
        /// Another process (or another window in this process) holds the file.
        IN_USE,
        /// The file exists but is not an H2 database, or it is damaged.
        NOT_A_DATABASE,
        /// The file is encrypted and no passphrase was given.
        ENCRYPTED,
        /// A passphrase was given but it does not open the file (wrong passphrase, or the file is not encrypted).
        WRONG_PASSPHRASE,
        /// The schema could not be brought up to date.
        MIGRATION_FAILED,
        /// A team database server refused the login (unknown user, wrong password, no access to the database).
        SIGN_IN_FAILED,
        /// A team database holds no register, or one of a schema version this build cannot work with (newer,
        /// or older and not yet upgraded by `steward team upgrade`).
        SCHEMA_MISMATCH,
        /// Anything else, such as a missing permission.
        OTHER
    }

    private final Reason reason;
    private final Path location;

    public DatabaseOpenException(Reason reason, Path location, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.location = location;
    }

    public Reason reason() {
        return reason;
    }

    /// The `.mv.db` file that could not be opened.
    public Path location() {
        return location;
    }
}
