package dev.steward.app.cli;

import java.io.Console;
import java.util.function.Function;
import java.util.function.Supplier;

/// A secret for the command line (a password, a passphrase): from an environment variable (scripts, CI) or,
/// on a terminal, from a prompt that does not echo. Never from an option, which would end up in shell history
/// and in every other user's `ps`.
final class SecretInput {
    private SecretInput() {
    }

    /// @param prompt  shown on the terminal as it is
    /// @param missing the message when neither the variable nor a terminal gives the secret
    /// @throws CliException with {@link ExitCode#AUTHENTICATION_FAILED} when there is no way to get it
    static char[] read(Function<String, String> environment, Supplier<Console> console, String variable,
                       String prompt, String missing) {
        String fromEnvironment = environment.apply(variable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console terminal = console.get();
        // Since JDK 22 System.console() exists even when redirected; only a real terminal can hide the typing.
        if (terminal != null && terminal.isTerminal()) {
            char[] typed = terminal.readPassword("%s", prompt);
            if (typed != null) {
                return typed;
            }
        }
        throw new CliException(ExitCode.AUTHENTICATION_FAILED, missing);
    }
}
