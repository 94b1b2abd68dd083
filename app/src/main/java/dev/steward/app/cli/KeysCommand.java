package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;

import dev.steward.model.signing.KeyList;
import dev.steward.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/// `steward keys export`: the organisation's signed key list, for `steward verify --keys`.
@Command(name = "keys", description = "The organisation's signing keys. See 'steward keys export --help'.",
        subcommands = KeysCommand.Export.class)
final class KeysCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("steward keys: name a subcommand (export).");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    @Command(name = "export",
            description = {"Write every signing key the register ever recorded, with its owner and the period it was "
                    + "valid (from registration until replaced or the owner was deactivated), signed with your own key, "
                    + "for auditors: 'steward verify --keys FILE' accepts a bundle only when its key was valid for its "
                    + "signer when it was signed.",
                    "Administrators only: signs in as --user (password from " + CliSignIn.PASSWORD_VARIABLE
                            + " or a prompt) and signs with their key (passphrase from "
                            + CliSignIn.SIGNING_PASSPHRASE_VARIABLE + " or a prompt)."})
    static final class Export implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private HelpOption help;

        @Option(names = "--user", required = true, paramLabel = "NAME", description = "The administrator signing the list.")
        private String user;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "File to write.")
        private Path out;

        @Option(names = "--db", paramLabel = "PATH", description = "Database to read (default: ${DEFAULT-VALUE}).")
        private Path db;

        @Override
        public Integer call() {
            StewardCli root = (StewardCli) spec.root().userObject();
            KeyList list;
            try (RegisterServices database = root.signIn().open(db, "export the key list of", Actor.system(() -> "keys"))) {
                list = root.signIn().withSigningKey(database, user, "export the key list",
                        (signedIn, passphrase) -> database.keyList().export(signedIn, passphrase));
            }
            SignedFiles.write(out, list.toJsonTree());
            spec.commandLine().getOut().println("Exported " + list.keys().size() + " keys to " + out + ", signed by "
                    + list.signer().name() + " (" + list.signer().username() + ") with key " + list.signer().fingerprint()
                    + ". Give auditors that fingerprint by another channel: 'steward verify --keys " + out
                    + " --keys-fingerprint FP'.");
            return ExitCode.OK;
        }
    }
}
