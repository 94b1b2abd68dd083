package dev.steward.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/// A campaign over part of the sample register from the command line: a manager creates it, a reviewer decides
/// every item, the manager closes it and writes the signed report, and `verify-campaign` checks it offline.
class CampaignCommandsTest {
    private static final Pattern ITEM = Pattern.compile("^item (\\d+)\\t", Pattern.MULTILINE);
    private static final Map<String, String> SIGNING = Map.of(CliSignIn.PASSWORD_VARIABLE, AttestationRegisters.PASSWORD,
            CliSignIn.SIGNING_PASSPHRASE_VARIABLE, AttestationRegisters.PASSPHRASE);

    @TempDir
    Path dir;

    private CliRun cli(String... args) {
        return CliRun.withEnvironment(dir.resolve("unused.mv.db"), SIGNING, args);
    }

    @Test
    void aCampaignRunsFromCreationToAVerifiedSignedReport() throws Exception {
        Path db = AttestationRegisters.create(dir.resolve("register")).db();
        String at = db.toString();
        CliRun refused = cli("campaign", "create", "--db", at, "--user", "rita", "--name", "Nope", "--due", "2099-01-01");
        assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCode.AUTHENTICATION_FAILED);

        CliRun created = cli("campaign", "create", "--db", at, "--user", "max", "--name", "In-house review",
                "--due", "2099-03-31", "--recurrence", "YEARLY", "--decider", "TECHNICAL_OWNER",
                "--vendor", "Built in-house");
        assertThat(created.exitCode()).as(created.err()).isZero();
        String id = created.out().replaceAll("(?s)^Created campaign (\\d+).*", "$1");

        CliRun shown = cli("campaign", "show", id, "--db", at, "--user", "rita");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        Matcher items = ITEM.matcher(shown.out());
        List<String> ids = items.results().map(m -> m.group(1)).toList();
        assertThat(ids).isNotEmpty();
        assertThat(cli("campaign", "close", id, "--db", at, "--user", "max").exitCode()).as("items pending")
                .isEqualTo(ExitCode.INVALID_INPUT);
        for (int i = 0; i < ids.size(); i++) {
            CliRun decided = cli("campaign", "decide", ids.get(i), i == 0 ? "REVOKE" : "CERTIFY", "--db", at,
                    "--user", "rita", "--justification", i == 0 ? "Replaced by the new desk." : "Still in use.");
            assertThat(decided.exitCode()).as(decided.err()).isZero();
        }
        CliRun secret = cli("campaign", "decide", ids.getFirst(), "CERTIFY", "--db", at, "--user", "rita",
                "--justification", "AKIA" + "IOSFODNN7EXAMPLE");
        assertThat(secret.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(secret.err()).contains("looks like");

        Path base = dir.resolve("out/report");
        CliRun closed = cli("campaign", "close", id, "--db", at, "--user", "max", "--out", base.toString());
        assertThat(closed.exitCode()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("report signed by Max Manager").contains("Next instance");
        Path json = dir.resolve("out/report.json");
        Path csv = dir.resolve("out/report.csv");
        assertThat(dir.resolve("out/report.pdf")).isNotEmptyFile();
        assertThat(Files.readString(csv)).contains("REVOKE").contains("Replaced by the new desk.");

        CliRun verified = cli("verify-campaign", json.toString(), "--csv", csv.toString());
        assertThat(verified.exitCode()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("Verified").contains("Max Manager").contains("CSV matches");

        Files.writeString(csv, Files.readString(csv).replace("Still in use.", "Rubber stamp."));
        assertThat(cli("verify-campaign", json.toString(), "--csv", csv.toString()).exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        Files.writeString(json, Files.readString(json, StandardCharsets.UTF_8).replace("Replaced by the new desk.", "Fine."));
        CliRun tampered = cli("verify-campaign", json.toString());
        assertThat(tampered.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(tampered.out()).contains("no longer matches the report");

        CliRun tasks = cli("campaign", "tasks", "--db", at, "--user", "rita");
        assertThat(tasks.exitCode()).as(tasks.err()).isZero();
        String task = tasks.out().replaceAll("(?s)^task (\\d+)\\t.*", "$1");
        assertThat(tasks.out()).contains("OPEN");
        CliRun drill = cli("campaign", "drill", task, "PASSED", "--db", at, "--user", "rita", "--notes", "Gone in 3 minutes.");
        assertThat(drill.exitCode()).as(drill.err()).isZero();
        assertThat(cli("campaign", "tasks", "--db", at, "--user", "rita").out()).contains("PASSED (rita)");

        CliRun listed = cli("campaign", "list", "--db", at, "--user", "otto");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("CLOSED").contains("OPEN").contains("In-house review");
        CliRun report = cli("campaign", "report", id, "--db", at, "--user", "otto", "--out", dir.resolve("again").toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(cli("verify-campaign", dir.resolve("again.json").toString()).exitCode()).isZero();
    }
}
