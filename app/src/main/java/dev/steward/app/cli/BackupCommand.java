package dev.steward.app.cli;

import dev.steward.service.RegisterServices;

import dev.steward.storage.BackupException;
import dev.steward.service.backup.Backups;
import dev.steward.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/// {@code steward backup}: a consistent zip copy of a register, also while the desktop app holds it.
@Command(name = "backup",
        description = {"Write a consistent zip copy of the database.",
                "Works while the desktop app runs: the app writes the copy on request.",
                "An encrypted register stays encrypted in the zip; its passphrase comes from "
                        + CliPassphrase.VARIABLE + " or a prompt."})
final class BackupCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    StewardCli parent;

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
            if (RegisterServices.isTeam(db)) {
                // a team register is read as the signed-in login, in one snapshot, into a register file in the zip
                Path written = TeamRegister.asLogin(parent.signIn(), db,
                        (address, login) -> Backups.backupTeam(address, login.login(), login.password(), to, force));
                spec.commandLine().getOut().println("Backed up " + TeamRegister.address(db) + " to " + written);
                return ExitCode.OK;
            }
            // the zip keeps the file as it is, encrypted or not; only a direct read needs the passphrase
            char[] passphrase = RegisterServices.isEncrypted(db) ? CliPassphrase.current(db) : null;
            Path written = Backups.backup(db, to, force, passphrase);
            spec.commandLine().getOut().println("Backed up " + db + " to " + written);
            return ExitCode.OK;
        } catch (BackupException e) {
            throw BackupFailures.toCli(e);
        }
    }
}
