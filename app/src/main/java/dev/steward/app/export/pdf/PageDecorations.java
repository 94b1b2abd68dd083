package dev.steward.app.export.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGState;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;

/// Footer on every page ("Page X of Y" and the as-of date) and, for unsigned attestations, a diagonal
/// DRAFT watermark behind the content, so a printed page cannot pass for a signed one.
///
/// The page total is unknown until the end, so each footer draws a shared template that is filled in
/// when the document closes.
final class PageDecorations extends PdfPageEventHelper {
    private static final float FOOTER_SIZE = 7.5f;

    private final String footer;
    private final boolean draft;
    private PdfTemplate total;

    PageDecorations(String footer, boolean draft) {
        this.footer = footer;
        this.draft = draft;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        Rectangle page = document.getPageSize();
        if (draft) {
            watermark(writer.getDirectContentUnder(), page);
        }
        PdfContentByte canvas = writer.getDirectContent();
        float y = document.bottomMargin() - 18;
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, ReportKit.phrase(footer, FOOTER_SIZE, false),
                document.leftMargin(), y, 0);
        String page0 = ReportText.format("report.page", writer.getPageNumber());
        BaseFont font = ReportFonts.regular();
        float width = font.getWidthPoint(page0, FOOTER_SIZE);
        float x = page.getWidth() - document.rightMargin() - width - 20;
        canvas.beginText();
        canvas.setFontAndSize(font, FOOTER_SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(page0);
        canvas.endText();
        canvas.addTemplate(total, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(ReportFonts.regular(), FOOTER_SIZE);
        total.setTextMatrix(0, 0);
        // By now the writer has moved on to the next, never-written page.
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    private static void watermark(PdfContentByte under, Rectangle page) {
        under.saveState();
        PdfGState translucent = new PdfGState();
        translucent.setFillOpacity(0.12f);
        under.setGState(translucent);
        under.setColorFill(new Color(0xC0, 0x20, 0x20));
        under.beginText();
        under.setFontAndSize(ReportFonts.bold(), 120);
        under.showTextAligned(Element.ALIGN_CENTER, ReportText.get("report.watermark"), page.getWidth() / 2,
                page.getHeight() / 2, 55);
        under.endText();
        under.restoreState();
    }
}
