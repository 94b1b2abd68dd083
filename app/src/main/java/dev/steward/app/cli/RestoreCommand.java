package dev.steward.app.cli;

import dev.steward.storage.BackupException;
import dev.steward.service.backup.Backups;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/// {@code steward restore}: puts a backup in place as a register, updated to the current schema.
@Command(name = "restore",
        description = {"Restore a backup made by 'steward backup' and update it to this version's schema.",
                "Nothing is written unless the whole restore succeeds."})
final class RestoreCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand
    StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "Backup zip to restore.")
    private Path from;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to create (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--force", description = "Replace an existing database at PATH (it must not be open).")
    private boolean force;

    @Override
    public Integer call() {
        try {
            if (dev.steward.service.RegisterServices.isTeam(db)) {
                return restoreTeam();
            }
            Backups.Restored restored;
            try {
                restored = Backups.restore(from, db, force);
            } catch (BackupException e) {
                if (e.reason() != BackupException.Reason.ENCRYPTED) {
                    throw e;
                }
                // the backup holds an encrypted register: it stays encrypted, and migrating it needs the passphrase
                restored = Backups.restore(from, db, force, CliPassphrase.current(from));
            }
            spec.commandLine().getOut().println("Restored " + restored.database() + " from " + from
                    + (restored.migrationsApplied() > 0
                    ? " (updated to the current schema: " + restored.migrationsApplied() + " migration(s))" : ""));
            return ExitCode.OK;
        } catch (BackupException e) {
            throw BackupFailures.toCli(e);
        }
    }

    /// Into an empty team register only, as its owner (the login that ran `steward team init`): the one login the
    /// database lets write the history of others. `--force` does not apply; the restore refuses a non-empty one.
    private Integer restoreTeam() {
        if (force) {
            throw new CliException(ExitCode.USAGE, "--force: a team register is restored only into an empty one "
                    + "(steward team init); it is never replaced.");
        }
        java.util.Map<String, Long> restored = TeamRegister.asLogin(parent.signIn(), db, (address, owner) -> {
            try {
                return Backups.restoreTeam(from, address, owner.login(), owner.password(), null);
            } catch (BackupException e) {
                if (e.reason() != BackupException.Reason.ENCRYPTED) {
                    throw e;
                }
                return Backups.restoreTeam(from, address, owner.login(), owner.password(), CliPassphrase.current(from));
            }
        });
        spec.commandLine().getOut().println("Restored " + TeamRegister.address(db) + " from " + from + " ("
                + restored.values().stream().mapToLong(Long::longValue).sum() + " row(s), "
                + restored.getOrDefault("audit_event", 0L) + " audit event(s)).");
        return ExitCode.OK;
    }
}
