package dev.steward.model.csv;

import java.util.List;

/// One CSV record as read, values already passed through {@link FormulaGuard#unguard(String)}.
///
/// @param line          physical line (1-based) on which the record starts; a quoted line break makes a
///                      record span several lines, so this is not the record's ordinal
/// @param values        the values in file order
/// @param malformedUtf8 true when some of its bytes were not UTF-8; the values then hold U+FFFD where they were
/// @param syntaxProblem what is wrong with the quoting, or `null`
public record CsvRecord(int line, List<String> values, boolean malformedUtf8, String syntaxProblem) {
    public CsvRecord {
        values = List.copyOf(values);
    }

    public boolean isValid() {
        return !malformedUtf8 && syntaxProblem == null;
    }
}
