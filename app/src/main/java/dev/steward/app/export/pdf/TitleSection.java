package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;
import dev.steward.model.register.Integration;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.awt.Color;
import java.util.stream.Collectors;

/// Title, organisation, the draft notice when unsigned, and the integration summary.
final class TitleSection implements ReportSection {
    @Override
    public void render(ExportInput input, ReportKit kit) {
        Integration integration = input.snapshot().integration();
        PdfPTable title = ReportKit.table(1);
        PdfPCell name = new PdfPCell(ReportKit.phrase(ReportText.get("report.title") + ": " + integration.name(), 18, true));
        name.setBorder(Rectangle.NO_BORDER);
        name.setPaddingBottom(4);
        title.addCell(name);
        if (!input.organisation().isEmpty()) {
            PdfPCell org = new PdfPCell(ReportKit.phrase(ReportText.format("report.organisation", input.organisation()), 11, false));
            org.setBorder(Rectangle.NO_BORDER);
            title.addCell(org);
        }
        if (!input.isSigned()) {
            PdfPCell notice = ReportKit.cell(ReportText.format("report.draftNotice", input.stateLabel()), ReportKit.BODY, true);
            notice.setBackgroundColor(new Color(0xFF, 0xF0, 0xD0));
            notice.setPadding(6);
            title.addCell(notice);
        }
        kit.add(title);

        kit.heading(ReportText.get("integration.heading"));
        PdfPTable facts = kit.facts();
        kit.fact(facts, ReportText.get("integration.name"), integration.name());
        kit.fact(facts, ReportText.get("integration.kind"), ReportText.label(integration.kind()));
        kit.fact(facts, ReportText.get("integration.provider"), ReportText.orNone(integration.vendor()));
        kit.fact(facts, ReportText.get("integration.environments"), integration.environments().isEmpty()
                ? ReportText.get("report.none")
                : integration.environments().stream().sorted().map(ReportText::label).collect(Collectors.joining(", ")));
        kit.fact(facts, ReportText.get("integration.status"), ReportText.label(integration.status()));
        kit.fact(facts, ReportText.get("integration.purpose"), ReportText.orNone(integration.purpose()));
        kit.add(facts);
    }
}
