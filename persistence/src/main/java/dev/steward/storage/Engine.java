package dev.steward.storage;

import java.nio.file.Path;

/// What a database engine does that the workflows must not know how: copy a live register consistently,
/// tell whether something else holds it, and change how it is encrypted on disk.
///
/// The workflows (backup, restore, encryption) decide what to copy where and what to tell the user; an
/// engine only carries out the engine-specific step. Embedded H2 ({@link H2Engine}) holds register files;
/// {@link PostgresEngine} team registers on a PostgreSQL server (`postgresql://host:port/database`).
public interface Engine {

    /// The engine that holds registers named like `register` (a file path for embedded H2).
    static Engine forRegister(Path register) {
        return TeamAddress.isTeam(register.toString()) ? PostgresEngine.INSTANCE : H2Engine.INSTANCE;
    }

    /// True when `error` (or a cause of it) says a lock could not be had in time: the register was busy with
    /// another writer, and the same action may well succeed when tried again.
    static boolean isBusy(Throwable error) {
        return H2Engine.INSTANCE.isBusyFailure(error) || PostgresEngine.INSTANCE.isBusyFailure(error);
    }

    /// As {@link #isBusy(Throwable)}, in this engine's own error codes.
    boolean isBusyFailure(Throwable error);

    /// The file or place the register named `register` lives in, as shown to users.
    Path locationOf(Path register);

    /// True when the register exists and is encrypted on disk.
    boolean isEncrypted(Path register);

    /// Writes a consistent zip copy of the live register to `partialZip`, whoever holds it.
    ///
    /// @param passphrase the register's passphrase, `null` when it is not encrypted
    /// @throws BackupException when there is no register, it cannot be reached, or writing fails;
    ///                         `partialZip` is removed then
    void backup(Path register, Path partialZip, char[] passphrase);

    /// @throws BackupException when another process (or window) holds the register
    void requireNotInUse(Path register);

    /// Rewrites the closed register to its live data only, giving back the space large writes left behind.
    ///
    /// @param passphrase the register's passphrase, `null` when it is not encrypted
    /// @throws BackupException when there is no register, another process holds it, or it cannot be opened
    Compacted compact(Path register, char[] passphrase);

    /// The size of a register before and after {@link #compact}, in bytes.
    record Compacted(Path location, long bytesBefore, long bytesAfter) {
    }

    /// Rewrites the closed register file `copy` (a copy made by the caller) from passphrase `from` to `to`
    /// (`null` for unencrypted on either side). The original is not touched.
    void changeEncryption(Path copy, char[] from, char[] to);
}
