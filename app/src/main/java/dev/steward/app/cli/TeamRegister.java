package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.storage.TeamAddress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

/// Opens a team register (`--db postgresql://host:port/database`) for a command, as the login of
/// {@value CliSignIn#USER_VARIABLE} (or the operating-system user) with the password of
/// {@value CliSignIn#PASSWORD_VARIABLE} (or a prompt). Everything the command writes is logged as that login:
/// the database takes the actor from the session.
final class TeamRegister {
    private TeamRegister() {
    }

    /// The address `--db` names; a usage error naming what is wrong otherwise.
    static TeamAddress address(Path db) {
        try {
            return TeamAddress.parse(db.toString());
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, "--db: " + e.getMessage());
        }
    }

    static RegisterServices open(CliSignIn signIn, Path db, String verb, Actor actor, RegisterServices.Security security) {
        TeamAddress address = address(db);
        String login = signIn.teamLogin();
        char[] password = signIn.teamPassword(login, address);
        try {
            return RegisterServices.openTeam(address, login, password, actor.forLogin(login), Clock.systemUTC(), security);
        } catch (DatabaseOpenException e) {
            throw new CliException(e.reason() == DatabaseOpenException.Reason.SIGN_IN_FAILED
                    ? ExitCode.AUTHENTICATION_FAILED : ExitCode.IO_OR_DATABASE, "Cannot " + verb + " " + address + ": "
                    + e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /// Runs `work` as the login of {@value CliSignIn#USER_VARIABLE} with its password, wiping the password after.
    static <T> T asLogin(CliSignIn signIn, Path db, java.util.function.BiFunction<TeamAddress, Credentials, T> work) {
        TeamAddress address = address(db);
        String login = signIn.teamLogin();
        char[] password = signIn.teamPassword(login, address);
        try {
            return work.apply(address, new Credentials(login, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /// A login and its password, for one command.
    record Credentials(String login, char[] password) {
    }
}
