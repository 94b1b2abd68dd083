package dev.steward.app.export.pdf;

import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/// Caption and column headers of a list table, repeated at the top of every page the table spans.
final class PdfPTableHeader {
    private PdfPTableHeader() {
    }

    static void add(PdfPTable table, String caption, String... columns) {
        int rows = 1;
        if (caption != null) {
            PdfPCell cell = ReportKit.cell(caption, ReportKit.BODY, true);
            cell.setColspan(columns.length);
            cell.setBorder(0);
            cell.setPaddingBottom(4);
            table.addCell(cell);
            rows++;
        }
        for (String column : columns) {
            table.addCell(ReportKit.header(column));
        }
        table.setHeaderRows(rows);
    }
}
