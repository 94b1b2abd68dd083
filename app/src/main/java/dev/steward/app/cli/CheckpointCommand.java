package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;

import dev.steward.model.ledger.Checkpoint;
import dev.steward.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/// `steward checkpoint`: signs the audit log's current head with the user's own key, stores it in the register
/// and optionally writes it to a file to keep elsewhere.
@Command(name = "checkpoint",
        description = {"Sign a checkpoint of the audit log's head (sequence and hash) with your signing key and store "
                + "it in the register; --out also writes it to a file. 'steward verify-log' then reports a log that is "
                + "shorter than, or differs from, any checkpoint (keep the file, or a bundle, outside the register).",
                "Signs in as --user (password from " + CliSignIn.PASSWORD_VARIABLE + " or a prompt); the key's "
                        + "passphrase comes from " + CliSignIn.SIGNING_PASSPHRASE_VARIABLE + " or a prompt. Managers "
                        + "and administrators with a signing key may do it. The desktop app locks its database: close it first."})
final class CheckpointCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "Sign in and sign as this user.")
    private String user;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Also write the checkpoint to this file.")
    private Path out;

    @Option(names = "--db", paramLabel = "PATH", description = "Database whose log to checkpoint (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        Checkpoint checkpoint;
        try (RegisterServices database = parent.signIn().open(db, "checkpoint the audit log of", Actor.system(() -> "checkpoint"))) {
            checkpoint = parent.signIn().withSigningKey(database, user, "sign a checkpoint",
                    (signedIn, passphrase) -> database.checkpoints().checkpoint(signedIn, passphrase));
        }
        if (out != null) {
            SignedFiles.write(out, checkpoint.toJsonTree());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Signed checkpoint: audit log " + checkpoint.describe());
        if (out != null) {
            stdout.println("Written to " + out + " (check it later with 'steward verify-log --checkpoint " + out + "')");
        }
        return ExitCode.OK;
    }
}
