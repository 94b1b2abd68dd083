package dev.steward.model.csv;

/// Something wrong in a CSV file, placed where a person can find it in a text editor or spreadsheet.
///
/// @param line   physical line where the record starts (1 is the header), 0 for the file as a whole
/// @param column the column's header name, or `null` when the whole row (or header) is concerned
/// @param message what is wrong and how to fix it
public record CsvProblem(int line, String column, String message) {
    @Override
    public String toString() {
        String where = line == 0 ? "file" : "line " + line;
        return column == null ? where + ": " + message : where + ", column " + column + ": " + message;
    }
}
