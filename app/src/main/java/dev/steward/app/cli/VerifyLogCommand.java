package dev.steward.app.cli;

import dev.steward.model.ledger.ChainBreak;
import dev.steward.model.ledger.ChainVerification;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/// `steward verify-log`: re-computes the audit log's hash chain. The persistence verifier reads the log in
/// pages, so a log of millions of events needs no more memory than a small one.
@Command(name = "verify-log",
        description = {"Verify the audit log's hash chain: every event must still hash to what was recorded and "
                + "chain from the one before.",
                "Prints 'intact' with the event count and head hash (keep the head hash somewhere safe: removing the "
                        + "newest events leaves no trace inside the log), or the first broken link. Exit 0 intact, 1 broken.",
                "The desktop app locks its database: close it first."})
final class VerifyLogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to check (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        ChainVerification result;
        try (Database database = RegisterDatabase.openExisting(db, "verify the audit log of")) {
            result = new AuditLog(database.dsl()).verifyChain();
        }
        if (result.intact()) {
            spec.commandLine().getOut().println("intact: " + result.entriesChecked() + " events, head hash "
                    + result.headHash());
            return ExitCode.OK;
        }
        ChainBreak broken = result.firstBreak().orElseThrow();
        String kind = broken.kind().name().toLowerCase(Locale.ROOT);
        spec.commandLine().getOut().println("broken: sequence " + broken.sequence() + " (" + kind + "): "
                + broken.message());
        spec.commandLine().getErr().println("steward verify-log: the audit log of " + db + " is broken at sequence "
                + broken.sequence() + " (" + kind + ") among " + result.entriesChecked() + " events: " + broken.message());
        return ExitCode.CHECK_FAILED;
    }
}
