package dev.steward.model.validation;

import java.util.List;
import java.util.stream.Collectors;

/// Thrown by services when input fails validation; nothing has been written when it is thrown.
public class ValidationException extends RuntimeException {
    private final List<ValidationProblem> problems;

    public ValidationException(List<ValidationProblem> problems) {
        super(problems.stream().map(ValidationProblem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<ValidationProblem> problems() {
        return problems;
    }

    /// The messages alone, one per line, for showing a person: {@link #getMessage()} also names each field by
    /// its internal path (`answers.notes: ...`), which is for logs and tests.
    public String messages() {
        return problems.stream().map(ValidationProblem::message).collect(Collectors.joining("\n"));
    }
}
