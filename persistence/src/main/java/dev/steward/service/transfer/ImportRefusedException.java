package dev.steward.service.transfer;

import dev.steward.model.csv.CsvProblem;

import java.util.List;

/// An import that was not started because of problems in the file; nothing was written.
public class ImportRefusedException extends RuntimeException {
    private final List<CsvProblem> problems;

    public ImportRefusedException(String message, List<CsvProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
