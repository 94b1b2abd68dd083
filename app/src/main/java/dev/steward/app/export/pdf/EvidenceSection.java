package dev.steward.app.export.pdf;

import dev.steward.app.export.EvidenceLine;
import dev.steward.app.export.ExportInput;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;

/// The evidence files with their frozen hashes: what an auditor compares the files they receive against.
final class EvidenceSection implements ReportSection {
    @Override
    public void render(ExportInput input, ReportKit kit) {
        kit.heading(ReportText.get("evidence.heading"));
        List<EvidenceLine> evidence = input.evidence();
        PdfPTable table = ReportKit.table(0.7f, 2.0f, 5.1f, 1.2f);
        table.setSpacingBefore(4);
        PdfPTableHeader.add(table, null, ReportText.get("evidence.control"), ReportText.get("evidence.file"),
                ReportText.get("evidence.sha256"), ReportText.get("evidence.effective"));
        if (evidence.isEmpty()) {
            table.addCell(ClassificationSection.spanning(ReportText.get("evidence.none"), 4));
        }
        for (EvidenceLine line : evidence) {
            table.addCell(ReportKit.cell(line.control().code(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(line.evidence().fileName(), ReportKit.SMALL, false));
            // Monospaced digits would be nicer, but the hash must stay one unbroken, searchable string.
            table.addCell(ReportKit.cell(line.evidence().sha256(), 6.5f, false));
            table.addCell(ReportKit.cell(line.evidence().effectiveDate().toString(), ReportKit.SMALL, false));
        }
        kit.add(table);
    }
}
