package dev.steward.model.csv;

import dev.steward.model.register.Integration;

import java.util.List;

/// One data row of a register CSV after reading and validation.
///
/// @param line        physical line where the row starts
/// @param integration the unsaved integration, or `null` when the row has problems
/// @param problems    everything wrong with the row, empty when it can be imported
/// @param cells       the values as read (formula guard removed), for a reject report
public record RegisterCsvRow(int line, Integration integration, List<CsvProblem> problems, List<String> cells) {
    public RegisterCsvRow {
        problems = List.copyOf(problems);
        cells = List.copyOf(cells);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /// The same row with more problems, no longer importable.
    public RegisterCsvRow rejected(List<CsvProblem> more) {
        List<CsvProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new RegisterCsvRow(line, null, all, cells);
    }
}
