package dev.steward.app.export.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.awt.Color;

/// Building blocks shared by the sections: every piece of text goes into a table cell, because only
/// there does OpenPDF shape Arabic and order right-to-left runs (a bare paragraph shows isolated letters).
final class ReportKit {
    static final float BODY = 9f;
    static final float SMALL = 7.5f;
    static final float HEADING = 13f;
    static final Color SHADE = new Color(0xEE, 0xF1, 0xF5);
    static final Color RULE = new Color(0xB0, 0xB8, 0xC4);

    /// Room kept below a heading for the start of what follows when that is not a table (a few body lines).
    private static final float MIN_FOLLOWING = 3 * BODY * 1.5f;

    private final Document document;
    private final PdfWriter writer;
    /// A heading waits here until the element after it is added, so both can be placed together.
    private PdfPTable pendingHeading;

    ReportKit(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
    }

    void add(Element element) {
        if (pendingHeading != null) {
            PdfPTable heading = pendingHeading;
            pendingHeading = null;
            keepWithNext(heading, element);
            place(heading);
        }
        place(element);
    }

    /// Adds a heading still waiting for its section's content (a section that ended with its heading).
    void finish() {
        if (pendingHeading != null) {
            PdfPTable heading = pendingHeading;
            pendingHeading = null;
            place(heading);
        }
    }

    private void place(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the report: " + e.getMessage(), e);
        }
    }

    /// Starts a new page when the heading and the first row of what follows (a table's header rows and its
    /// first body row, or a few lines of anything else) do not both fit on this one: a heading alone at the
    /// foot of a page, its section on the next, reads as a mistake.
    private void keepWithNext(PdfPTable heading, Element next) {
        float width = document.right() - document.left();
        heading.setTotalWidth(width);
        float needed = heading.spacingBefore() + heading.getTotalHeight() + MIN_FOLLOWING;
        if (next instanceof PdfPTable table && table.size() > 0) {
            table.setTotalWidth(width * table.getWidthPercentage() / 100f);
            int rows = Math.min(table.size(), table.getHeaderRows() + 1);
            float start = table.spacingBefore();
            for (int row = 0; row < rows; row++) {
                start += table.getRowHeight(row);
            }
            needed = heading.spacingBefore() + heading.getTotalHeight() + start;
        }
        float available = writer.getVerticalPosition(true) - document.bottom();
        if (available < needed) {
            document.newPage();
        }
    }

    /// A section heading, kept with at least the start of what follows.
    void heading(String text) {
        finish();
        PdfPTable table = table(1);
        PdfPCell cell = new PdfPCell(phrase(text, HEADING, true));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(10);
        cell.setPaddingBottom(4);
        table.addCell(cell);
        table.setSpacingBefore(6);
        table.setKeepTogether(true);
        pendingHeading = table;
    }

    /// A two-column table of label and value rows.
    PdfPTable facts() {
        PdfPTable table = table(1f, 3f);
        table.setSpacingBefore(4);
        return table;
    }

    void fact(PdfPTable facts, String label, String value) {
        PdfPCell key = cell(label, BODY, true);
        key.setBackgroundColor(SHADE);
        facts.addCell(key);
        facts.addCell(cell(value, BODY, false));
    }

    /// A table with relative column widths, full width, LTR base direction (Arabic runs still go RTL).
    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        table.setSplitLate(false);
        return table;
    }

    /// A header row cell, shaded, repeated on every page when the table has header rows.
    static PdfPCell header(String text) {
        PdfPCell cell = cell(text, SMALL, true);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    static PdfPCell cell(String text, float size, boolean bold) {
        PdfPCell cell = new PdfPCell(phrase(text, size, bold));
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    static Phrase phrase(String text, float size, boolean bold) {
        return ReportFonts.phrase(text == null ? "" : text, size, bold);
    }
}
