package dev.steward.app.export.pdf;

import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.List;

/// The attestation as a printable A4 report: integration, classification with its reasoning, owners,
/// revocation path, controls with framework mappings, evidence hashes and the sign-off.
///
/// Unsigned attestations export too (reviewers print drafts to discuss them) but carry a DRAFT watermark
/// on every page.
public final class PdfAttestationExport implements AttestationExport {
    public static final String ID = "pdf";

    private static final List<ReportSection> SECTIONS = List.of(new TitleSection(), new ClassificationSection(),
            new OwnershipSection(), new ControlsSection(), new EvidenceSection(), new SignOffSection());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "PDF report";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public void write(ExportInput input, OutputStream out, ExportProgress progress) throws IOException {
        int total = SECTIONS.size() + 1;
        progress.step(0, total);
        Document document = new Document(PageSize.A4, 42, 42, 48, 56);
        PdfWriter writer = PdfWriter.getInstance(document, new NonClosingStream(out));
        writer.setPageEvent(new PageDecorations(ReportText.format("report.footer", input.snapshot().integration().name(),
                input.snapshot().asOf().atZone(ZoneOffset.UTC).toLocalDate()), !input.isSigned()));
        document.addTitle(ReportText.get("report.title") + ": " + input.snapshot().integration().name());
        document.addCreator("Steward");
        document.open();
        try {
            ReportKit kit = new ReportKit(document, writer);
            for (int i = 0; i < SECTIONS.size(); i++) {
                SECTIONS.get(i).render(input, kit);
                progress.step(i + 1, total);
            }
            kit.finish();
        } finally {
            // Closing writes the trailer; on cancellation the half-written bytes go to a temp file that is deleted.
            document.close();
        }
        out.flush();
        progress.worked(total, total);
    }
}
