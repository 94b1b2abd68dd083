package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.backup.Backups;
import dev.steward.storage.BackupException;
import dev.steward.storage.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/// `steward compact`: rewrites a closed register file to its live data.
@Command(name = "compact",
        description = {"Rewrite the database file to its live data only, giving back the space that large writes left "
                + "in it. Changes no data; takes about as long as reading the register once.",
                "Steward compacts by itself when a register closes after an import of "
                        + dev.steward.service.transfer.RegisterImporter.COMPACT_AFTER_ROWS + " rows or more.",
                "An encrypted register's passphrase comes from " + CliPassphrase.VARIABLE + " or a prompt. The "
                        + "desktop app locks its database: close it first."})
final class CompactCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to compact (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        char[] passphrase = RegisterServices.isEncrypted(db) ? CliPassphrase.current(db) : null;
        try {
            Engine.Compacted done = Backups.compact(db, passphrase);
            spec.commandLine().getOut().println("Compacted " + done.location() + ": " + size(done.bytesBefore())
                    + " to " + size(done.bytesAfter()));
            return ExitCode.OK;
        } catch (BackupException e) {
            throw BackupFailures.toCli(e);
        } finally {
            if (passphrase != null) {
                java.util.Arrays.fill(passphrase, '\0');
            }
        }
    }

    /// Kilobytes below a megabyte (a new register is a few dozen: "0.0 MB" said nothing), else megabytes.
    static String size(long bytes) {
        if (bytes < 1_048_576) {
            return String.format(Locale.ROOT, "%d KB", (bytes + 1023) / 1024);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
