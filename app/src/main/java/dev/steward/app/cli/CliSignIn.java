package dev.steward.app.cli;

import dev.steward.model.access.User;
import dev.steward.service.users.AuthenticationException;
import dev.steward.service.access.Actor;
import dev.steward.service.RegisterServices;

import java.io.Console;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/// Signs a command-line user in, for the commands that read attestations through the role checks of
/// `AttestationService`.
///
/// The password comes from the `STEWARD_PASSWORD` environment variable (for scripts and CI) or, on a
/// terminal, from a prompt that does not echo. It is never an option: a command line ends up in shell
/// history and in every other user's `ps`. The password array is wiped as soon as it was checked.
final class CliSignIn {
    static final String PASSWORD_VARIABLE = "STEWARD_PASSWORD";
    static final String SIGNING_PASSPHRASE_VARIABLE = "STEWARD_SIGNING_PASSPHRASE";

    private final Function<String, String> environment;
    private final Supplier<Console> console;
    private final RegisterServices.Security security;

    /// @param environment reads an environment variable; tests pass a map instead of the process's own
    /// @param console     the terminal to prompt on, or {@code null}
    /// @param security    how accounts are protected; tests pass cheap hashing
    CliSignIn(Function<String, String> environment, Supplier<Console> console, RegisterServices.Security security) {
        this.environment = environment;
        this.console = console;
        this.security = security;
    }

    /// The process's environment and terminal, and production password hashing.
    static CliSignIn system() {
        return new CliSignIn(System::getenv, System::console, RegisterServices.Security.production());
    }

    /// The account of `username` once its password checked out.
    ///
    /// @throws CliException with {@link ExitCode#AUTHENTICATION_FAILED} for wrong credentials, a deactivated
    ///                      account, or no way to get a password
    /// Opens the existing register at `db` for a command (see {@link RegisterDatabase}).
    RegisterServices open(Path db, String verb, Actor actor) {
        if (RegisterServices.isTeam(db)) {
            return TeamRegister.open(this, db, verb, actor, security);
        }
        return RegisterDatabase.openExisting(db, verb, actor, security);
    }

    /// The variable naming the login for a team register (`--db postgresql://…`); the operating-system user
    /// otherwise, as psql does.
    static final String USER_VARIABLE = "STEWARD_USER";

    /// The login to open a team register as.
    String teamLogin() {
        String login = environment.apply(USER_VARIABLE);
        return login == null || login.isBlank() ? System.getProperty("user.name", "") : login.strip();
    }

    /// The password of `login` on the team database server, from {@value #PASSWORD_VARIABLE} or a prompt.
    char[] teamPassword(String login, Object address) {
        return SecretInput.read(environment, console, PASSWORD_VARIABLE, "Password for " + login + " on " + address
                + ": ", "No password for the team login '" + login + "': set " + PASSWORD_VARIABLE
                + " or run the command on a terminal to be asked for it.");
    }

    /// A secret read from `variable` or asked for with `prompt`.
    char[] secret(String variable, String prompt, String missing) {
        return SecretInput.read(environment, console, variable, prompt, missing);
    }

    User signIn(RegisterServices services, String username) {
        if (services.isTeam()) {
            // the server checked the login's password when the register was opened
            try {
                User account = services.users().sessionAccount();
                if (!account.username().equals(username)) {
                    throw new CliException(ExitCode.AUTHENTICATION_FAILED, "This team register was opened as '"
                            + account.username() + "', not '" + username + "': set " + USER_VARIABLE + "=" + username + ".");
                }
                return account;
            } catch (AuthenticationException e) {
                throw new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
            }
        }
        char[] password = password(username);
        try {
            return services.users().authenticate(username, password);
        } catch (AuthenticationException e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, "Cannot sign in as '" + username + "': "
                    + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /// Signs `username` in, asks for their signing key's passphrase and runs `step` with both, wiping the
    /// passphrase afterwards; the ways signing fails become exit code 5 (see {@link SigningFailures}).
    ///
    /// @param what what the step does, for messages ("sign a checkpoint")
    <T> T withSigningKey(RegisterServices services, String username, String what, java.util.function.BiFunction<User, char[], T> step) {
        User user = signIn(services, username);
        char[] passphrase = signingPassphrase(username);
        try {
            return SigningFailures.signing(what, () -> step.apply(user, passphrase));
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    /// The passphrase of `username`'s signing key, from {@value #SIGNING_PASSPHRASE_VARIABLE} or a prompt; the
    /// caller wipes it.
    char[] signingPassphrase(String username) {
        return SecretInput.read(environment, console, SIGNING_PASSPHRASE_VARIABLE,
                "Signing key passphrase for " + username + ": ", "No signing key passphrase for '" + username
                        + "': set " + SIGNING_PASSPHRASE_VARIABLE + " or run the command on a terminal to be asked for it.");
    }

    private char[] password(String username) {
        return SecretInput.read(environment, console, PASSWORD_VARIABLE, "Password for " + username + ": ",
                "No password for '" + username + "': set " + PASSWORD_VARIABLE
                        + " or run the command on a terminal to be asked for it.");
    }
}
