package dev.steward.app.export.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/// A section heading never stands alone at the foot of a page (issue 16): wherever the page ends, the heading
/// and the first row of its table land on the same page.
class HeadingKeepsWithNextTest {
    @Test
    void theHeadingAndTheFirstRowOfItsTableShareAPageWhereverThePageEnds() throws IOException {
        // one more filler row each time walks the heading through every position near the foot of page 1
        for (int filler = 30; filler < 60; filler++) {
            byte[] pdf = report(filler);
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    String text = stripper.getText(document);
                    assertThat(text.contains("Stranded heading")).as("with %d filler rows, page %d: %s", filler, page, text)
                            .isEqualTo(text.contains("First row of the section"));
                }
            }
        }
    }

    private static byte[] report(int fillerRows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A6, 20, 20, 20, 20);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.open();
        ReportKit kit = new ReportKit(document, writer);
        PdfPTable filler = ReportKit.table(1);
        for (int i = 0; i < fillerRows; i++) {
            filler.addCell(ReportKit.cell("Filler " + i, ReportKit.SMALL, false));
        }
        kit.add(filler);
        kit.heading("Stranded heading");
        PdfPTable section = ReportKit.table(1f, 1f);
        section.setHeaderRows(1);
        section.addCell(ReportKit.header("Column A"));
        section.addCell(ReportKit.header("Column B"));
        section.addCell(ReportKit.cell("First row of the section", ReportKit.BODY, false));
        section.addCell(ReportKit.cell("with a value", ReportKit.BODY, false));
        kit.add(section);
        kit.finish();
        document.close();
        return out.toByteArray();
    }
}
