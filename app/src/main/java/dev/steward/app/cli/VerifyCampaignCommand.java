package dev.steward.app.cli;

import dev.steward.model.campaign.CampaignReport;
import dev.steward.model.campaign.CampaignReportCsv;
import dev.steward.model.campaign.SignedCampaignReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

/// `steward verify-campaign`: checks a campaign completion report offline, as `steward verify` checks an
/// attestation bundle: the file alone, no database, no network.
@Command(name = "verify-campaign", description = {"Verify a signed campaign completion report (.json) offline: its "
        + "layout, the report's SHA-256 and the manager's Ed25519 signature. --csv also checks that a CSV is exactly "
        + "the signed report's items.", "Compare the printed key fingerprint with the manager's key in the register's "
        + "signed key list (steward keys)."})
final class VerifyCampaignCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(paramLabel = "FILE", description = "The report's .json file.")
    private Path file;

    @Option(names = "--csv", paramLabel = "FILE", description = "The report's .csv file, to compare with the signed items.")
    private Path csv;

    @Override
    public Integer call() {
        SignedCampaignReport.Verification verification = SignedCampaignReport.verify(read(file));
        PrintWriter out = spec.commandLine().getOut();
        if (!verification.verified()) {
            verification.problems().forEach(p -> out.println("FAILED: " + p));
            return verification.report().isEmpty() && verification.signature().isEmpty()
                    && verification.problems().stream().anyMatch(p -> p.startsWith("not ") || p.contains("empty"))
                    ? ExitCode.INVALID_INPUT : ExitCode.CHECK_FAILED;
        }
        CampaignReport report = verification.report().orElseThrow();
        var signature = verification.signature().orElseThrow();
        if (csv != null && !Arrays.equals(csvOf(report), read(csv))) {
            out.println("FAILED: " + csv + " is not the signed report's items (it was changed, or is another report's)");
            return ExitCode.CHECK_FAILED;
        }
        out.println("Verified: campaign " + report.campaignId() + " \"" + report.name() + "\", " + report.items().size()
                + " items, closed " + report.closedAt());
        out.println("Signed by " + signature.signerName() + " (" + signature.signerUsername() + ") at "
                + signature.signedAt() + ", key " + signature.fingerprint());
        if (csv != null) {
            out.println("CSV matches: " + csv);
        }
        return ExitCode.OK;
    }

    private static byte[] csvOf(CampaignReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            CampaignReportCsv.write(report, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] read(Path path) {
        try {
            if (Files.size(path) > SignedFiles.MAX_BYTES) {
                throw new CliException(ExitCode.INVALID_INPUT, path + ": too large for a campaign report");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot read " + path + ": " + e.getMessage());
        }
    }
}
