package dev.steward.model.csv;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/// A CSV layout for one kind of item: ordered columns for writing, and header checks for reading.
///
/// Shared by every CSV format Steward has, so all of them quote, guard formulas and report header problems the
/// same way.
///
/// @param columns        in file order
/// @param ignoredColumns headers accepted on reading and then skipped, such as the `error` column of a
///                       reject report
public record CsvTable<T>(List<CsvColumn<T>> columns, Set<String> ignoredColumns) {
    public CsvTable {
        columns = List.copyOf(columns);
        ignoredColumns = Set.copyOf(ignoredColumns);
    }

    public List<String> headers() {
        return columns.stream().map(CsvColumn::name).toList();
    }

    public List<String> cells(T item) {
        return columns.stream().map(c -> c.value().apply(item)).toList();
    }

    public void writeHeader(CsvWriter writer) throws IOException {
        writer.writeRow(headers());
    }

    public void writeRow(CsvWriter writer, T item) throws IOException {
        writer.writeRow(cells(item));
    }

    /// Matches a file's header record against these columns; see {@link CsvHeader}.
    public CsvHeader bind(CsvRecord header) {
        return CsvHeader.bind(this, header);
    }
}
