package dev.steward.app.cli;

import dev.steward.persistence.BackupException;
import dev.steward.persistence.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/// {@code steward backup}: a consistent zip copy of a register, taken while nothing else holds the file.
@Command(name = "backup",
        description = {"Write a consistent zip copy of the database.",
                "The desktop app locks its database while it runs: close it first."})
final class BackupCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to back up (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Zip file to write.")
    private Path to;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        try {
            Path written = Backups.backup(db, to, force);
            spec.commandLine().getOut().println("Backed up " + db + " to " + written);
            return ExitCode.OK;
        } catch (BackupException e) {
            throw BackupFailures.toCli(e);
        }
    }
}
