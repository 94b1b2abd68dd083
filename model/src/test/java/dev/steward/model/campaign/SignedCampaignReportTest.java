package dev.steward.model.campaign;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SignedCampaignReportTest {
    private static final KeyPair KEYS = SigningKeys.generate();
    private static final User MANAGER = new User(2, "maria", "Maria Manager", "CISO", Set.of(Role.MANAGER), true);
    private static final CampaignReport REPORT = new CampaignReport(3, "Q2 review", "every live integration",
            LocalDate.of(2025, 6, 30), Recurrence.QUARTERLY, "maria", Instant.parse("2025-06-01T09:00:00Z"),
            Instant.parse("2025-06-20T09:00:00Z"), List.of(
                    new CampaignReport.Row(7, "Invoice agent", Decision.CERTIFY, "Sam Sponsor", "rita",
                            Instant.parse("2025-06-10T09:00:00Z"), "Still needed."),
                    new CampaignReport.Row(8, "Old bot", Decision.REVOKE, "", "maria",
                            Instant.parse("2025-06-11T09:00:00Z"), "=HYPERLINK(\"x\") no longer used")));

    private static byte[] file(ObjectNode bundle) {
        return CanonicalJson.write(bundle).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSignedReportVerifiesAndReadsBack() {
        SignedCampaignReport signed = SignedCampaignReport.sign(REPORT, MANAGER, KEYS, Instant.parse("2025-06-20T09:01:00Z"));
        SignedCampaignReport.Verification verification = SignedCampaignReport.verify(file(signed.toBundle()));
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.report()).contains(REPORT);
        assertThat(verification.signature().orElseThrow().signerName()).isEqualTo("Maria Manager");
    }

    @Test
    void aChangedJustificationBreaksTheSignature() {
        ObjectNode bundle = SignedCampaignReport.sign(REPORT, MANAGER, KEYS, Instant.now()).toBundle();
        ((ObjectNode) bundle.path("report").path("items").get(0)).put("justification", "Rubber stamp.");
        assertThat(SignedCampaignReport.verify(file(bundle)).problems())
                .anyMatch(p -> p.contains("no longer matches the report"));
    }

    @Test
    void anAddedMemberIsReportedByPath() {
        ObjectNode bundle = SignedCampaignReport.sign(REPORT, MANAGER, KEYS, Instant.now()).toBundle();
        ((ObjectNode) bundle.path("report").path("items").get(1)).put("approvedBy", "ceo");
        bundle.put("note", "x");
        List<String> problems = SignedCampaignReport.verify(file(bundle)).problems();
        assertThat(problems).anyMatch(p -> p.contains("$.report.items[1].approvedBy"));
        assertThat(problems).anyMatch(p -> p.contains("$.note"));
    }

    @Test
    void somethingElseIsNotACampaignReport() {
        assertThat(SignedCampaignReport.verify("{\"format\":\"steward-attestation-bundle\"}".getBytes(StandardCharsets.UTF_8))
                .problems()).singleElement().asString().contains("not a campaign report");
        assertThat(SignedCampaignReport.verify(new byte[0]).verified()).isFalse();
        assertThat(SignedCampaignReport.verify("{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)).verified()).isFalse();
    }

    @Test
    void theCsvHasEveryItemWithFormulasGuarded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CampaignReportCsv.write(REPORT, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("Invoice agent").contains("CERTIFY").contains("rita").contains("2025-06-10T09:00:00Z")
                .doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK");
    }
}
