package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.ledger.ChainVerification;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.storage.Database;
import dev.steward.service.audit.LogVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/// `steward verify-log`: re-computes the audit log's hash chain and checks it against every signed checkpoint,
/// stored or given. The persistence verifier reads the log in pages, so a log of millions of events needs no
/// more memory than a small one.
@Command(name = "verify-log",
        description = {"Verify the audit log's hash chain (every event must still hash to what was recorded and chain "
                + "from the one before) and every signed checkpoint of it: those in the register and those given with "
                + "--checkpoint. A log shorter than a checkpoint, or different at its sequence, means events were "
                + "removed or rewritten.",
                "Prints 'intact' with the event count, head hash and checkpoints, or every problem found. Exit 0 intact, "
                        + "1 broken, 3 a --checkpoint file that is not a checkpoint.",
                "The desktop app locks its database: close it first."})
final class VerifyLogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to check (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--checkpoint", paramLabel = "FILE", description = "A checkpoint kept outside the register: a "
            + "file from 'steward checkpoint --out' or a signed bundle that carries one. Repeatable.")
    private List<Path> checkpointFiles = new ArrayList<>();

    @Override
    public Integer call() {
        Map<String, Checkpoint> given = new LinkedHashMap<>();
        checkpointFiles.forEach(f -> given.put("checkpoint in " + f, readCheckpoint(f)));
        LogVerification result;
        try (RegisterServices database = RegisterDatabase.openExisting(db, "verify the audit log of",
                Actor.system(() -> "verify-log"), RegisterServices.Security.production())) {
            result = database.checkpoints().verify(given);
        }
        ChainVerification chain = result.chain();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (result.holds()) {
            out.println("intact: " + chain.entriesChecked() + " events, head hash " + chain.headHash());
            out.println(result.checkpoints() == 0
                    ? "checkpoints: none yet ('steward checkpoint' signs one; keep a copy outside the register)"
                    : "checkpoints: " + result.checkpoints() + " hold; newest: "
                            + result.newest().map(Checkpoint::describe).orElse(""));
            return ExitCode.OK;
        }
        chain.firstBreak().ifPresent(broken -> {
            String kind = broken.kind().name().toLowerCase(Locale.ROOT);
            out.println("broken: sequence " + broken.sequence() + " (" + kind + "): " + broken.message());
            err.println("steward verify-log: the audit log of " + db + " is broken at sequence "
                    + broken.sequence() + " (" + kind + ") among " + chain.entriesChecked() + " events: "
                    + broken.message());
        });
        for (String problem : result.problems()) {
            out.println("checkpoint not held: " + problem);
            err.println("steward verify-log: the audit log of " + db + " does not hold " + problem);
        }
        return ExitCode.CHECK_FAILED;
    }

    /// A checkpoint file, or a bundle's `checkpoint` member (the bundle's own checks are `steward verify`'s).
    private static Checkpoint readCheckpoint(Path file) {
        JsonNode root = SignedFiles.read(file, "checkpoint");
        JsonNode node = root;
        String path = "$";
        if (root.isObject() && root.has("snapshot")) {
            if (!root.has("checkpoint")) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": this bundle carries no checkpoint (the register"
                        + " had none when it was exported)");
            }
            node = root.get("checkpoint");
            path = "$.checkpoint";
        }
        try {
            return Checkpoint.fromJson(node, path);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": not a checkpoint: " + e.getMessage());
        }
    }
}
