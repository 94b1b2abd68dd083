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
import java.util.concurrent.Callable;

/// {@code steward decrypt}: stores an encrypted register unencrypted again.
@Command(name = "decrypt",
        description = {"Store an encrypted database file unencrypted again.",
                "The passphrase comes from " + CliPassphrase.VARIABLE + " or a prompt. Close the desktop app first."})
final class DecryptCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to decrypt (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        if (!RegisterServices.isEncrypted(db)) {
            throw new CliException(ExitCode.INVALID_INPUT, "The register " + db + " is not encrypted.");
        }
        char[] from = CliPassphrase.current(db);
        try {
            RegisterEncryption.change(db, from, null);
            spec.commandLine().getOut().println("Decrypted " + db);
            return ExitCode.OK;
        } catch (DatabaseOpenException e) {
            throw EncryptionFailures.toCli(e);
        } finally {
            EncryptCommand.wipe(from);
        }
    }
}
