package dev.steward.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/// The passphrase of an encrypted register, for commands that open one.
///
/// It comes from the `STEWARD_DB_PASSPHRASE` environment variable (scripts, CI) or, on a terminal, from a
/// prompt that does not echo; never from an option, which would end up in shell history and `ps`.
final class CliPassphrase {
    static final String VARIABLE = "STEWARD_DB_PASSPHRASE";
    static final String NEW_VARIABLE = "STEWARD_NEW_DB_PASSPHRASE";

    private static Function<String, String> environment = System::getenv;
    private static Supplier<Console> console = System::console;

    private CliPassphrase() {
    }

    /// Lets tests supply the environment without touching the process's own.
    static void useEnvironment(Function<String, String> testEnvironment) {
        environment = testEnvironment;
        console = () -> null;
    }

    static void useSystem() {
        environment = System::getenv;
        console = System::console;
    }

    /// @throws CliException with {@link ExitCode#AUTHENTICATION_FAILED} when there is no way to get it
    static char[] current(Path register) {
        return read(VARIABLE, "Passphrase for " + register + ": ", "The register " + register + " is encrypted: set "
                + VARIABLE + " or run the command on a terminal to be asked for its passphrase.");
    }

    /// A new passphrase, typed twice on a terminal.
    static char[] fresh(Path register) {
        String fromEnvironment = environment.apply(NEW_VARIABLE);
        if (fromEnvironment != null) {
            return check(fromEnvironment.toCharArray());
        }
        Console terminal = console.get();
        if (terminal != null && terminal.isTerminal()) {
            char[] first = terminal.readPassword("New passphrase for %s: ", register);
            char[] second = terminal.readPassword("Type it again: ");
            if (first != null && second != null && java.util.Arrays.equals(first, second)) {
                return check(first);
            }
            throw new CliException(ExitCode.INVALID_INPUT, "The two passphrases differ; nothing was changed.");
        }
        throw new CliException(ExitCode.AUTHENTICATION_FAILED, "No new passphrase: set " + NEW_VARIABLE
                + " or run the command on a terminal to be asked for it.");
    }

    private static char[] check(char[] passphrase) {
        if (passphrase.length < 12) {
            throw new CliException(ExitCode.INVALID_INPUT,
                    "The passphrase must have at least 12 characters: it alone protects the register file.");
        }
        return passphrase;
    }

    private static char[] read(String variable, String prompt, String missing) {
        return SecretInput.read(environment, console, variable, prompt, missing);
    }
}
