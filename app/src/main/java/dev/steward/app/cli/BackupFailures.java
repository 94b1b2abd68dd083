package dev.steward.app.cli;

import dev.steward.storage.BackupException;

/// Turns a {@link BackupException} into the command line's message and exit code.
final class BackupFailures {
    private BackupFailures() {
    }

    static CliException toCli(BackupException e) {
        return switch (e.reason()) {
            case NOT_A_BACKUP -> new CliException(ExitCode.INVALID_INPUT, e.getMessage());
            case TARGET_EXISTS -> new CliException(ExitCode.IO_OR_DATABASE, e.getMessage() + " Add --force to replace it.");
            case ENCRYPTED -> new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
            case NO_DATABASE, IN_USE, IO -> new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        };
    }
}
