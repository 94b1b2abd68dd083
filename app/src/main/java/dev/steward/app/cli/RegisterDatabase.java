package dev.steward.app.cli;

import dev.steward.service.access.Actor;
import dev.steward.service.RegisterServices;
import dev.steward.storage.DatabaseOpenException;

import java.nio.file.Files;
import java.nio.file.Path;

/// Opens the register a command works on, turning every way that can fail into a message and exit code.
final class RegisterDatabase {
    private RegisterDatabase() {
    }

    /// Opens the register at `db` (with or without `.mv.db`), which must exist: a typo in `--db` would
    /// otherwise create, and then import into or export from, an empty register without a word.
    ///
    /// @param verb what the command does to it, for messages ("import into", "export from")
    /// @throws CliException with {@link ExitCode#IO_OR_DATABASE} when it is missing, in use or unreadable
    static RegisterServices openExisting(Path db, String verb, Actor actor, RegisterServices.Security security) {
        Path location = RegisterServices.locationOf(db);
        if (!Files.isRegularFile(location)) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "There is no Steward database at " + location
                    + ". Open it once in Steward, or pass --db PATH.");
        }
        char[] passphrase = RegisterServices.isEncrypted(location) ? CliPassphrase.current(location) : null;
        try {
            return RegisterServices.open(location, passphrase, actor, java.time.Clock.systemUTC(), security);
        } catch (DatabaseOpenException e) {
            if (e.reason() == DatabaseOpenException.Reason.WRONG_PASSPHRASE) {
                throw new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
            }
            if (e.reason() == DatabaseOpenException.Reason.IN_USE) {
                // The same words as backup and restore, so scripts and people see one message for one cause.
                throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot " + verb + " " + location
                        + ": it is open in another Steward process (the desktop app locks the file while it runs)."
                        + " Close Steward and try again.");
            }
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

}
