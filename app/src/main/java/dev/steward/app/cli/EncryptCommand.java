package dev.steward.app.cli;

import dev.steward.service.RegisterServices;

import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.service.backup.RegisterEncryption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/// {@code steward encrypt}: encrypts a register file under a passphrase, or gives an encrypted one a new one.
@Command(name = "encrypt",
        description = {"Encrypt the database file under a passphrase (AES), or change its passphrase.",
                "Without the passphrase no record can be read from the file; a lost passphrase cannot be recovered.",
                "The new passphrase comes from " + CliPassphrase.NEW_VARIABLE + " or is asked twice on a terminal;",
                "the current one (when already encrypted) from " + CliPassphrase.VARIABLE + " or a prompt.",
                "Close the desktop app first."})
final class EncryptCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to encrypt (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        char[] from = RegisterServices.isEncrypted(db) ? CliPassphrase.current(db) : null;
        char[] to = CliPassphrase.fresh(db);
        try {
            RegisterEncryption.change(db, from, to);
            spec.commandLine().getOut().println((from == null ? "Encrypted " : "Changed the passphrase of ") + db);
            return ExitCode.OK;
        } catch (DatabaseOpenException e) {
            throw EncryptionFailures.toCli(e);
        } finally {
            wipe(from);
            wipe(to);
        }
    }

    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
