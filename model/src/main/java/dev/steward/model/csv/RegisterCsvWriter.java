package dev.steward.model.csv;

import dev.steward.model.register.Integration;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/// Writes integrations as a register CSV (see {@link RegisterCsvFormat}), header first, in the given order.
public final class RegisterCsvWriter {
    private static final int REPORT_EVERY = 100;

    private final PersonDirectory people;

    /// @param people everyone the integrations name, for the owner columns
    public RegisterCsvWriter(PersonDirectory people) {
        this.people = people;
    }

    /// Writes and flushes `out` (without closing it).
    ///
    /// @param withBom start with a UTF-8 byte order mark (what Excel needs to read accents correctly)
    /// @throws java.util.concurrent.CancellationException when `monitor` cancels; `out` then holds a partial file
    public void write(List<Integration> integrations, OutputStream out, boolean withBom, ProgressMonitor monitor)
            throws IOException {
        write(integrations.size(), integrations.iterator(), out, withBom, monitor);
    }

    /// As above, taking the rows one at a time as `rows` yields them, so a register too large to hold in memory
    /// is written as it is read.
    ///
    /// @param total how many rows `rows` yields, for progress
    public void write(int total, Iterator<Integration> rows, OutputStream out, boolean withBom,
                      ProgressMonitor monitor) throws IOException {
        CsvTable<Integration> table = RegisterCsvFormat.table(people);
        CsvWriter writer = CsvWriter.utf8(out, withBom);
        table.writeHeader(writer);
        int written = 0;
        while (rows.hasNext()) {
            if (written % REPORT_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(written, total);
            }
            table.writeRow(writer, rows.next());
            written++;
        }
        writer.flush();
        monitor.progress(written, Math.max(total, written));
    }
}
