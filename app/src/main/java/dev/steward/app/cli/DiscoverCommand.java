package dev.steward.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.discovery.Discovery;
import dev.steward.model.discovery.DiscoveryInputException;
import dev.steward.model.discovery.DiscoveryReport;
import dev.steward.model.discovery.FindingJson;
import dev.steward.model.discovery.SourceRef;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.discovery.DiscoveryRun;
import dev.steward.service.discovery.ReconciledFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/// {@code steward discover}: reads MCP client configurations and identity exports (docs/discovery.md) and
/// reconciles what they describe with the register.
@Command(name = "discover",
        description = {"Find AI integrations in the files people already have (MCP client configurations, Entra Agent"
                + " ID, GitHub App installations, Okta; docs/discovery.md) and reconcile them with the register.",
                "A folder is searched for the clients' files. Credential values are never read into Steward: only "
                        + "the names of env vars, headers and options.",
                "Findings that raise a registered integration's access are saved into it: its attestation goes "
                        + "stale and an approved one moves to under reassessment. --dry-run writes nothing.",
                "The desktop app locks its database: close it first."})
final class DiscoverCommand implements java.util.concurrent.Callable<Integer> {
    enum Format { table, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Configuration files, exports, or folders to search.")
    private List<Path> files;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to reconcile with (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--dry-run", description = "Reconcile and print, but write nothing.")
    private boolean dryRun;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    private Format format;

    @Override
    public Integer call() {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new CliException(ExitCode.IO_OR_DATABASE, file + ": no such file or folder");
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiscoveryReport report;
        try {
            report = Discovery.read(files, TerminalProgress.on(err, "Reading"));
        } catch (DiscoveryInputException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage() + ". Nothing was recorded.");
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        }
        Actor actor = Actor.system(() -> System.getProperty("user.name", "unknown"));
        try (RegisterServices database = RegisterDatabase.openExisting(db, "reconcile with", actor,
                RegisterServices.Security.production())) {
            DiscoveryRun run = database.discovery().reconcile(report, dryRun);
            if (format == Format.json) {
                out.println(json(run));
            } else {
                table(out, run);
            }
            return ExitCode.OK;
        } catch (ValidationException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage() + ". Nothing was recorded.");
        }
    }

    private static void table(PrintWriter out, DiscoveryRun run) {
        DiscoveryTable.print(out, run.findings());
        out.println(run.findings().size() + " finding(s) from " + run.files().size() + " file(s)"
                + (run.reassessed() == 0 ? "" : "; " + run.reassessed() + " integration(s) moved to under reassessment")
                + (run.dryRun() ? "; dry run, nothing was written." : "."));
    }

    static String json(DiscoveryRun run) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dryRun", run.dryRun());
        ArrayNode filesNode = root.putArray("files");
        run.files().forEach(filesNode::add);
        ArrayNode findings = root.putArray("findings");
        for (ReconciledFinding f : run.findings()) {
            ObjectNode node = findings.addObject();
            node.put("id", f.id()).put("status", f.status().label());
            if (f.integrationId() != null) {
                node.putObject("integration").put("id", f.integrationId()).put("name", f.integrationName());
            }
            node.set("changes", FindingJson.changesNode(f.changes()));
            node.put("reassessed", f.reassessed());
            ArrayNode flags = node.putArray("flags");
            f.flags().forEach(flags::add);
            node.put("dismissedReason", f.dismissedReason());
            node.set("finding", FindingJson.toNode(f.finding()));
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /// The sources of a finding, short: "Claude Desktop, Cursor".
    static String sources(ReconciledFinding f) {
        return f.finding().sources().stream().map(SourceRef::source).distinct().map(s -> s.label())
                .collect(Collectors.joining(", "));
    }
}
