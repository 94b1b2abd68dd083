package dev.steward.model.validation;

/// One thing wrong with user input: which field (a stable path such as {@code "name"} or
/// {@code "credentials[2].rotationIntervalDays"}) and a message a person can act on.
public record ValidationProblem(String field, String message) {
    @Override
    public String toString() {
        return field + ": " + message;
    }
}
