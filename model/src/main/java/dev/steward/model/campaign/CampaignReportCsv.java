package dev.steward.model.campaign;

import dev.steward.model.csv.CsvWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/// The completion report as CSV: one row per item. Cells starting like a spreadsheet formula are guarded by
/// {@link CsvWriter}, so a justification cannot run as a formula when the file is opened.
public final class CampaignReportCsv {
    public static final List<String> HEADER = List.of("campaign", "integration_id", "integration", "decision",
            "decider", "decided_by", "decided_at", "justification");

    private CampaignReportCsv() {
    }

    public static void write(CampaignReport report, OutputStream out) throws IOException {
        CsvWriter csv = CsvWriter.utf8(out, false);
        csv.writeRow(HEADER);
        for (CampaignReport.Row row : report.items()) {
            csv.writeRow(List.of(report.name(), String.valueOf(row.integrationId()), row.integration(),
                    row.decision().name(), row.decider(), row.decidedBy(), row.decidedAt().toString(),
                    row.justification()));
        }
        csv.flush();
    }
}
