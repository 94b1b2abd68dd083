package dev.steward.app.cli;

import dev.steward.storage.DatabaseOpenException;

/// Maps why a register could not be encrypted or decrypted to an exit code.
final class EncryptionFailures {
    private EncryptionFailures() {
    }

    static CliException toCli(DatabaseOpenException e) {
        return switch (e.reason()) {
            case WRONG_PASSPHRASE, ENCRYPTED -> new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
            case IN_USE -> new CliException(ExitCode.IO_OR_DATABASE, e.getMessage() + " Close Steward and try again.");
            default -> new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        };
    }
}
