package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.controls.Control;
import dev.steward.model.controls.FrameworkMapping;
import org.openpdf.text.pdf.PdfPTable;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/// The attested controls with status, framework mappings and the reviewer's words. Unverified mappings
/// (all ISO/IEC 42001 items) carry the "(unverified)" mark, as on every screen.
final class ControlsSection implements ReportSection {
    @Override
    public void render(ExportInput input, ReportKit kit) {
        kit.heading(ReportText.get("controls.heading"));
        PdfPTable table = ReportKit.table(2.6f, 1.1f, 3.2f, 2.1f);
        table.setSpacingBefore(4);
        PdfPTableHeader.add(table, null, ReportText.get("controls.control"), ReportText.get("controls.status"),
                ReportText.get("controls.mappings"), ReportText.get("controls.notes"));
        boolean anyUnverified = false;
        for (AttestedControl attested : input.controls()) {
            ControlAssessment a = attested.assessment();
            Control control = input.catalog().control(attested.control());
            List<FrameworkMapping> mappings = control == null ? List.of() : control.mappings();
            anyUnverified |= mappings.stream().anyMatch(m -> !m.verified());
            table.addCell(ReportKit.cell(attested.control().code() + "  " + attested.control().title(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(a.isAssessed() ? a.status().label() : ReportText.get("controls.unassessed"),
                    ReportKit.SMALL, true));
            table.addCell(ReportKit.cell(mappings.stream().map(m -> m.frameworkName() + ": " + m.displayLabel())
                    .collect(Collectors.joining("\n")), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(notes(a), ReportKit.SMALL, false));
        }
        kit.add(table);
        if (anyUnverified) {
            PdfPTable note = ReportKit.table(1);
            note.addCell(ClassificationSection.spanning(ReportText.get("controls.unverifiedNote"), 1));
            kit.add(note);
        }
    }

    private static String notes(ControlAssessment a) {
        List<String> parts = new ArrayList<>();
        if (!a.justification().isBlank()) {
            parts.add(a.justification().strip());
        }
        if (!a.notes().isBlank()) {
            parts.add(a.notes().strip());
        }
        return String.join("\n", parts);
    }
}
