package dev.steward.service.transfer;

import dev.steward.service.attestation.AttestationSummary;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.csv.ProgressMonitor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// The attestation register CSV: its documented header, times in UTC, empty cells for steps not taken, and
/// the formula guard on free text an attacker could type (a return comment, a display name), and the number
/// `steward export --attestation N` asks for, in the last column.
class AttestationRegisterExporterTest {
    private static final Instant SUBMITTED = Instant.parse("2026-04-01T08:00:00Z");

    @Test
    void writesTheDocumentedColumnsWithFormulasGuarded() throws IOException {
        AttestationSummary returned = new AttestationSummary(7, 3, "Ticket agent, EU", AttestationState.RETURNED,
                "rita", SUBMITTED, "max", SUBMITTED.plusSeconds(3600), "=HYPERLINK(\"http://evil\")",
                null, null, null, null);
        AttestationSummary signed = new AttestationSummary(8, 4, "Zoë's copilot", AttestationState.SIGNED, "rita",
                SUBMITTED, null, null, null, "@Max Manager", SUBMITTED.plusSeconds(7200),
                Instant.parse("2027-04-01T10:00:00Z"), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new AttestationRegisterExporter(null).export(List.of(returned, signed), out, true, ProgressMonitor.NONE);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "integration,state,submitted_by,submitted_at,returned_by,returned_at,return_comment,signer_name,"
                        + "signed_at,expires_at,stale_at,attestation\r\n"
                        + "\"Ticket agent, EU\",RETURNED,rita,2026-04-01T08:00:00Z,max,2026-04-01T09:00:00Z,"
                        + "\"'=HYPERLINK(\"\"http://evil\"\")\",,,,,7\r\n"
                        + "Zoë's copilot,SIGNED,rita,2026-04-01T08:00:00Z,,,,'@Max Manager,2026-04-01T10:00:00Z,"
                        + "2027-04-01T10:00:00Z,,8\r\n");
    }
}
