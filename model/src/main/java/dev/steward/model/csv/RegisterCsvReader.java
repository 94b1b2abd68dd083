package dev.steward.model.csv;

import dev.steward.model.register.Integration;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/// Reads a register CSV (see {@link RegisterCsvFormat}) and checks every row, reporting each problem at its
/// line and column instead of stopping at the first.
///
/// Row checks, in order: bytes that are not UTF-8 and broken quoting (the row is not read further), a value
/// count different from the header's, then each cell (enum values, dates, durations, people, list entries),
/// then {@link dev.steward.model.validation.IntegrationValidator}. Names must be unique within the file,
/// ignoring case and surrounding blanks: a later row repeating a name is an error that names the first line.
/// Whether a name is already stored is for the caller to check.
public final class RegisterCsvReader {
    /// How often (in rows) progress is reported and cancellation checked.
    private static final int REPORT_EVERY = 100;

    private final PersonDirectory people;
    private final LocalDate today;

    /// @param people everyone a row may name as sponsor or owner
    /// @param today  the date after which rotations and drills cannot have happened yet
    public RegisterCsvReader(PersonDirectory people, LocalDate today) {
        this.people = people;
        this.today = today;
    }

    /// @param totalBytes the input's size for progress (bytes read of it), or -1 if unknown
    /// @throws java.util.concurrent.CancellationException when `monitor` cancels
    public RegisterCsvFile read(InputStream in, long totalBytes, ProgressMonitor monitor) throws IOException {
        List<RegisterCsvRow> rows = new ArrayList<>();
        RegisterCsvFile file = stream(in, totalBytes, monitor, rows::add);
        return new RegisterCsvFile(file.hadBom(), file.header(), file.headerProblems(), rows);
    }

    /// Reads and checks like {@link #read}, but hands each row to `sink` as soon as it is checked instead of
    /// keeping it, so a file of any size is read in little memory (only the names seen so far are kept, to find
    /// repeats). The returned file has the header and its problems, and no rows.
    ///
    /// @throws java.util.concurrent.CancellationException when `monitor` cancels
    public RegisterCsvFile stream(InputStream in, long totalBytes, ProgressMonitor monitor,
                                  Consumer<RegisterCsvRow> sink) throws IOException {
        CsvReader reader = new CsvReader(in);
        CsvTable<Integration> table = RegisterCsvFormat.table(people);
        CsvRecord headerRecord = reader.next();
        if (headerRecord == null) {
            return new RegisterCsvFile(reader.hadBom(), List.of(), List.of(new CsvProblem(1, null,
                    "The file is empty: its first line must name the columns, e.g. "
                            + String.join(",", table.headers()) + ".")), List.of());
        }
        CsvHeader header = table.bind(headerRecord);
        if (!header.problems().isEmpty()) {
            return new RegisterCsvFile(reader.hadBom(), headerRecord.values(), header.problems(), List.of());
        }
        RegisterRowParser parser = new RegisterRowParser(people, today);
        Map<String, Integer> lineOfName = new HashMap<>();
        long count = 0;
        for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
            RegisterCsvRow row = readRow(record, header, parser);
            if (row.integration() != null) {
                Integer first = lineOfName.putIfAbsent(key(row.integration().name()), row.line());
                if (first != null) {
                    row = row.rejected(List.of(new CsvProblem(row.line(), RegisterCsvFormat.NAME,
                            "'" + row.integration().name() + "' is already the name on line " + first
                                    + " of this file: names must be unique.")));
                }
            }
            sink.accept(row);
            if (++count % REPORT_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(reader.bytesRead(), totalBytes);
            }
        }
        monitor.checkCancelled();
        monitor.progress(reader.bytesRead(), totalBytes);
        return new RegisterCsvFile(reader.hadBom(), headerRecord.values(), List.of(), List.of());
    }

    private static RegisterCsvRow readRow(CsvRecord record, CsvHeader header, RegisterRowParser parser) {
        int line = record.line();
        if (record.malformedUtf8()) {
            return problemRow(record, new CsvProblem(line, columnWithReplacement(record, header), CsvMessages.NOT_UTF8));
        }
        if (record.syntaxProblem() != null) {
            return problemRow(record, new CsvProblem(line, null, record.syntaxProblem()));
        }
        if (record.values().size() != header.columnCount()) {
            return problemRow(record, new CsvProblem(line, null, "This row has " + record.values().size()
                    + " values but the header names " + header.columnCount() + " columns. A value containing a "
                    + "comma or a line break must be in double quotes."));
        }
        RegisterRowParser.Parsed parsed = parser.parse(record, header);
        return new RegisterCsvRow(line, parsed.integration(), parsed.problems(), record.values());
    }

    private static RegisterCsvRow problemRow(CsvRecord record, CsvProblem problem) {
        return new RegisterCsvRow(record.line(), null, List.of(problem), record.values());
    }

    /// The column holding the undecodable bytes, if the row lines up with the header.
    private static String columnWithReplacement(CsvRecord record, CsvHeader header) {
        for (int i = 0; i < record.values().size() && i < header.columnCount(); i++) {
            if (record.values().get(i).indexOf('\uFFFD') >= 0) {
                return header.nameAt(i);
            }
        }
        return null;
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
