package dev.steward.app.cli;

/// A failure a command reports to the user: the message (what went wrong and where) goes to standard
/// error and the process exits with {@link #exitCode()}.
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
