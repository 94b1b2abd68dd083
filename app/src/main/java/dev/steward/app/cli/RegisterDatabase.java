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
        if (RegisterServices.isTeam(db)) {
            return TeamRegister.open(CliSignIn.system(), db, verb, actor, security);
        }
        Path location = RegisterServices.locationOf(db);
        if (!Files.isRegularFile(location)) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "There is no Steward database at " + location
                    + ". Open it once in Steward, or pass --db PATH.");
        }
        return open(location, verb, actor, security);
    }

    /// Opens the register at `db`, creating an empty one when there is none (`import --create`).
    ///
    /// @param dryRun when true and there is no register, an empty one is created in a temporary folder instead,
    ///               so a dry run writes nothing where it was pointed; it is deleted when closed
    static RegisterServices openOrCreate(Path db, String verb, boolean dryRun, Actor actor,
                                         RegisterServices.Security security) {
        if (RegisterServices.isTeam(db)) {
            // a team register is created only by `steward team init`, never by a client
            return TeamRegister.open(CliSignIn.system(), db, verb, actor, security);
        }
        Path location = RegisterServices.locationOf(db);
        if (Files.isRegularFile(location)) {
            return open(location, verb, actor, security);
        }
        try {
            if (dryRun) {
                Path scratch = Files.createTempDirectory("steward-dry-run");
                deleteOnExit(scratch);
                return RegisterServices.open(scratch.resolve("register"), null, actor, java.time.Clock.systemUTC(), security);
            }
            Files.createDirectories(location.toAbsolutePath().getParent());
            return RegisterServices.open(location, null, actor, java.time.Clock.systemUTC(), security);
        } catch (java.io.IOException | DatabaseOpenException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot create a register at " + location + ": "
                    + e.getMessage());
        }
    }

    /// Removes the scratch register of a dry run when the command's JVM ends (after the database was closed).
    private static void deleteOnExit(Path folder) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }));
    }

    private static RegisterServices open(Path location, String verb, Actor actor, RegisterServices.Security security) {
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
