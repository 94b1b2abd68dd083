package dev.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.signing.CanonicalJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// `export --format pdf|json|oscal`, the attestation register CSV and `verify-log`, on a real register file with
/// accounts and a signed attestation made through the app's services.
class AttestationCommandsTest {
    @TempDir
    static Path shared;

    private static AttestationRegisters.Register register;

    @TempDir
    Path dir;

    @BeforeAll
    static void registerWithASignedAttestation() {
        register = AttestationRegisters.create(shared.resolve("register"));
    }

    private static CliRun export(String user, String password, String format, long attestation, Path out) {
        return CliRun.withPassword(register.db(), password, "export", "--format", format, "--attestation",
                String.valueOf(attestation), "--user", user, "-o", out.toString());
    }

    @Test
    void theExportedBundleVerifiesOfflineWithTheSignersKey() {
        Path bundle = dir.resolve("bundle.json");

        CliRun export = export("rita", AttestationRegisters.PASSWORD, "json", register.signed(), bundle);
        CliRun verify = CliRun.run(dir.resolve("no-database"), "verify", bundle.toString(),
                "--expect-fingerprint", register.fingerprint());

        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        assertThat(export.out()).contains("Exported 1 attestation to " + bundle);
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).startsWith("VALID").contains("Max Manager", register.signedIntegration());
    }

    @Test
    void anAuditorExportsThePdfAndOscal() throws IOException {
        Path pdf = dir.resolve("report.pdf");
        Path oscal = dir.resolve("results.json");

        CliRun toPdf = export("otto", AttestationRegisters.PASSWORD, "pdf", register.signed(), pdf);
        CliRun toOscal = export("otto", AttestationRegisters.PASSWORD, "oscal", register.signed(), oscal);

        assertThat(List.of(toPdf, toOscal)).allSatisfy(run ->
                assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK));
        byte[] head = Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        JsonNode results = CanonicalJson.parse(Files.readString(oscal));
        assertThat(results.path("assessment-results").path("uuid").asText()).isNotBlank();
    }

    @Test
    void anUnsignedAttestationIsRefusedAsABundleButNotAsAPdf() {
        Path bundle = dir.resolve("unsigned.json");

        CliRun json = export("rita", AttestationRegisters.PASSWORD, "json", register.submitted(), bundle);
        CliRun pdf = export("rita", AttestationRegisters.PASSWORD, "pdf", register.submitted(), dir.resolve("draft.pdf"));

        assertThat(json.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(json.err()).contains("Attestation " + register.submitted(), "not signed", "A manager must sign it first");
        assertThat(bundle).doesNotExist();
        assertThat(pdf.exitCode()).as(pdf.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void wrongCredentialsAndMissingRolesFailAuthentication() {
        Path out = dir.resolve("out.json");

        CliRun wrongPassword = export("rita", "not the password", "json", register.signed(), out);
        CliRun unknownUser = export("mallory", AttestationRegisters.PASSWORD, "json", register.signed(), out);
        CliRun noPassword = export("rita", null, "json", register.signed(), out);
        CliRun adminOnly = export("ada", AttestationRegisters.PASSWORD, "json", register.signed(), out);

        assertThat(List.of(wrongPassword, unknownUser, noPassword, adminOnly)).allSatisfy(run ->
                assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.AUTHENTICATION_FAILED));
        assertThat(wrongPassword.err()).contains("Cannot sign in as 'rita': Unknown username or wrong password.")
                .doesNotContain("not the password");
        assertThat(unknownUser.err()).contains("Cannot sign in as 'mallory'");
        assertThat(noPassword.err()).contains("No password for 'rita'", "STEWARD_PASSWORD");
        assertThat(adminOnly.err()).contains("ada", "export");
        assertThat(out).doesNotExist();
    }

    @Test
    void attestationFormatsNeedAnIdAndAUserAndAKnownId() {
        CliRun noId = CliRun.withPassword(register.db(), AttestationRegisters.PASSWORD, "export", "--format", "pdf",
                "--user", "rita", "-o", dir.resolve("x.pdf").toString());
        CliRun unknownId = export("rita", AttestationRegisters.PASSWORD, "pdf", 9_999, dir.resolve("x.pdf"));

        assertThat(noId.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noId.err()).contains("--attestation ID and --user NAME");
        // the command line was well formed: the number names nothing, which is not a usage error
        assertThat(unknownId.exitCode()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(unknownId.err()).contains("There is no attestation 9999").doesNotContain("Usage:");
    }

    @Test
    void theAttestationRegisterCsvHasOneRowPerIntegrationWithStableHeaders() throws IOException {
        Path csv = dir.resolve("attestations.csv");

        CliRun run = CliRun.run(register.db(), "export", "--format", "csv", "--what", "attestations", "--bom",
                "-o", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("integration,state,submitted_by,submitted_at,returned_by,returned_at,"
                + "return_comment,signer_name,signed_at,expires_at,stale_at,attestation");
        assertThat(lines).hasSize(3);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(register.signedIntegration() + ",SIGNED,rita,")
                .contains(",Max Manager,"));
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",SUBMITTED,rita,"));

        // the last column is the number export --attestation takes
        String signedRow = lines.stream().filter(l -> l.contains(",SIGNED,")).findFirst().orElseThrow();
        long number = Long.parseLong(signedRow.substring(signedRow.lastIndexOf(',') + 1));
        CliRun bundle = export("rita", AttestationRegisters.PASSWORD, "json", number, dir.resolve("from-csv.json"));
        assertThat(bundle.exitCode()).as(bundle.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void anIntactLogReportsItsCountAndHead() {
        CliRun run = CliRun.run(register.db(), "verify-log");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        // the signed attestation left a checkpoint at sign-off
        assertThat(run.out()).matches("intact: \\d+ events, head hash [0-9a-f]{64}\\R"
                + "checkpoints: 1 hold; newest: sequence \\d+, head [0-9a-f]{16}…, signed by Max Manager \\(max\\) .*\\R");
    }

    @Test
    void anEditedRowIsNamedBySequence() throws IOException, SQLException {
        Path copy = dir.resolve("tampered");
        Files.copy(register.db().resolveSibling("register.mv.db"), dir.resolve("tampered.mv.db"));
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + copy, "sa", "");
             Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE audit_event SET new_value = 'SIGNED by nobody' WHERE seq = 5")).isEqualTo(1);
        }

        CliRun run = CliRun.run(copy, "verify-log");

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).startsWith("broken: sequence 5 (edited): Row 5 was changed");
        assertThat(run.err()).contains("broken at sequence 5 (edited)");
    }

    @Test
    void verifyLogNeedsAnExistingDatabase() {
        CliRun run = CliRun.run(dir.resolve("missing"), "verify-log");

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(run.err()).contains("There is no Steward database at " + dir.resolve("missing.mv.db"));
    }
}
