package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import java.util.concurrent.atomic.AtomicReference;

import dev.steward.model.access.User;
import dev.steward.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/// {@code steward export}: writes part of the register in one of the {@link ExportFormats}.
@Command(name = "export",
        description = {"Export from the database: --format csv writes the integration register as a CSV that "
                + "'steward import' and spreadsheets read (docs/csv-format.md); with --what attestations, the "
                + "attestation register.",
                "--format pdf|json|oscal writes one attestation (--attestation ID) as the PDF report, the signed "
                + "JSON bundle that 'steward verify' checks, or OSCAL assessment results. These sign in as --user "
                + "with the password from " + CliSignIn.PASSWORD_VARIABLE + " or, on a terminal, a prompt.",
                "--format cyclonedx writes a CycloneDX 1.6 attestation of a signed attestation that --user, a manager, "
                + "affirms and signs (JSF, Ed25519) with their signing key, whose passphrase comes from "
                + CliSignIn.SIGNING_PASSPHRASE_VARIABLE + " or a prompt; 'steward verify' checks it (docs/cyclonedx.md).",
                "A file is replaced only once the export is complete. The desktop app locks its database: close it first."})
final class ExportCommand implements Callable<Integer> {
    static final String STDOUT = "-";

    @ParentCommand
    private StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = ExportFormats.Converter.class,
            completionCandidates = ExportFormats.Names.class, description = "One of: ${COMPLETION-CANDIDATES}.")
    private ExportFormat format;

    @Option(names = "--what", paramLabel = "WHAT",
            description = "For csv: integrations (default) or attestations.")
    private String what;

    @Option(names = "--attestation", paramLabel = "ID", description = "The attestation to export (pdf, json, oscal, cyclonedx).")
    private Long attestation;

    @Option(names = "--user", paramLabel = "NAME", description = "Sign in as this user (pdf, json, oscal, cyclonedx); "
            + "the password comes from " + CliSignIn.PASSWORD_VARIABLE + " or a prompt.")
    private String user;

    @Option(names = "--bom", description = "Start the CSV with a UTF-8 byte order mark (Excel on Windows needs it for accents).")
    private boolean bom;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "File to write; '-' writes to standard output.")
    private String out;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to export from (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Override
    public Integer call() {
        String subject = what == null ? format.defaultSubject() : what.strip().toLowerCase(java.util.Locale.ROOT);
        if (!format.subjects().contains(subject)) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name() + " cannot export '" + what
                    + "'; it exports: " + String.join(", ", new TreeSet<>(format.subjects())));
        }
        if (format.needsAttestation() && (attestation == null || user == null)) {
            throw new ParameterException(spec.commandLine(), "--format " + format.name() + " exports one attestation:"
                    + " give --attestation ID and --user NAME");
        }
        AtomicReference<User> signedIn = new AtomicReference<>();
        try (RegisterServices database = parent.signIn().open(db, "export from", format.needsAttestation()
                ? Actor.signedIn(signedIn::get) : Actor.system(() -> "export"))) {
            ExportFormat.Request request = request(subject, database, signedIn);
            if (STDOUT.equals(out)) {
                OutputStream stdout = parent.stdout();
                format.exportTo(database, request, stdout, TerminalProgress.on(spec.commandLine().getErr(), "Exporting"));
                stdout.flush();
            } else {
                int count = format.exportTo(database, request, Path.of(out),
                        TerminalProgress.on(spec.commandLine().getErr(), "Exporting"));
                spec.commandLine().getOut().println("Exported " + count + " " + subject + " to " + out);
            }
            return ExitCode.OK;
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot write to standard output: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        }
    }

    /// Signs in before any export starts, so a wrong password fails fast and the role check sees a known user.
    private ExportFormat.Request request(String subject, RegisterServices database, AtomicReference<User> signedIn) {
        if (!format.needsAttestation()) {
            return new ExportFormat.Request(subject, bom, OptionalLong.empty(), () -> {
                throw new IllegalStateException("--format " + format.name() + " reads no attestations");
            }, () -> {
                throw new IllegalStateException("--format " + format.name() + " signs nothing");
            });
        }
        signedIn.set(parent.signIn().signIn(database, user));
        return new ExportFormat.Request(subject, bom, OptionalLong.of(attestation), signedIn::get,
                () -> parent.signIn().signingPassphrase(user));
    }
}
