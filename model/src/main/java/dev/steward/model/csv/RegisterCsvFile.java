package dev.steward.model.csv;

import java.util.List;

/// A whole register CSV as read: its header and every row, each valid or with its problems.
///
/// @param hadBom         whether the file started with a UTF-8 byte order mark
/// @param header         the header cells as written in the file
/// @param headerProblems problems with the file as a whole or its header; when any exist, `rows` is empty,
///                       since no row can be read reliably against a broken header
public record RegisterCsvFile(boolean hadBom, List<String> header, List<CsvProblem> headerProblems,
                              List<RegisterCsvRow> rows) {
    public RegisterCsvFile {
        header = List.copyOf(header);
        headerProblems = List.copyOf(headerProblems);
        rows = List.copyOf(rows);
    }
}
