package dev.steward.app.cli;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.team.TeamAdministration;
import dev.steward.storage.TeamAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/// `steward team …`: what a database administrator does to a team register on PostgreSQL. Each runs signed in
/// as the register's owner (the login of {@value CliSignIn#USER_VARIABLE}, or the operating-system user; password
/// from {@value CliSignIn#PASSWORD_VARIABLE} or a prompt). See README, "Team mode".
@Command(name = "team", description = "Administer a team register on PostgreSQL (--db postgresql://host:port/database).",
        subcommands = {TeamCommand.Init.class, TeamCommand.Upgrade.class, TeamCommand.AddPerson.class,
                TeamCommand.ImportRegister.class, TeamCommand.AddLogin.class})
final class TeamCommand implements Callable<Integer> {
    @ParentCommand
    StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("steward team: name a command (init, upgrade, add-person, import-register, add-login).");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /// Runs `work` as the owner, wiping the password afterwards; a refusal becomes exit code 4 with its reason.
    static <T> T asOwner(TeamCommand team, Path db, Function<TeamAdministration, T> work) {
        TeamAddress address = TeamRegister.address(db);
        CliSignIn signIn = team.parent.signIn();
        String owner = signIn.teamLogin();
        char[] password = signIn.teamPassword(owner, address);
        try {
            return work.apply(new TeamAdministration(address, owner, password));
        } catch (IllegalStateException | dev.steward.storage.DatabaseOpenException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /// What every `team` step has: its parent, the output, help, and the database it works on.
    abstract static class Step implements Callable<Integer> {
        @ParentCommand
        TeamCommand team;
        @Spec
        CommandSpec spec;
        @Mixin
        private HelpOption help;
        @Option(names = "--db", required = true, paramLabel = "postgresql://HOST:PORT/DATABASE")
        Path db;
    }

    @Command(name = "init", description = "Create the register (tables, group roles steward_reviewer, steward_manager,"
            + " steward_auditor, steward_admin, grants and rules) in an empty database. The login needs CREATEROLE"
            + " and owns the tables afterwards.")
    static final class Init extends Step {

        @Override
        public Integer call() {
            int applied = asOwner(team, db, TeamAdministration::init);
            spec.commandLine().getOut().println("Created the team register in " + TeamRegister.address(db) + " ("
                    + applied + " migration(s)). Next: steward team add-person, for every person.");
            return ExitCode.OK;
        }
    }

    @Command(name = "upgrade", description = "Bring the register's schema up to this Steward's version. Clients "
            + "never do this themselves; one refuses a schema other than its own.")
    static final class Upgrade extends Step {

        @Override
        public Integer call() {
            int applied = asOwner(team, db, TeamAdministration::upgrade);
            spec.commandLine().getOut().println(applied == 0 ? "The team register is up to date."
                    : "Upgraded the team register (" + applied + " migration(s)).");
            return ExitCode.OK;
        }
    }

    @Command(name = "add-person", description = "Create LOGIN on the server (its password from STEWARD_NEW_PASSWORD "
            + "or a prompt, hashed before it is sent) in the group role of each --role, and its Steward account.")
    static final class AddPerson extends Step {
        static final String NEW_PASSWORD_VARIABLE = "STEWARD_NEW_PASSWORD";
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The person's login (lower case).")
        private String login;
        @Option(names = "--name", required = true, description = "Full name, as signed into attestations.")
        private String name;
        @Option(names = "--title", description = "Job title.")
        private String title;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "REVIEWER, MANAGER, AUDITOR or ADMIN; repeat for several.")
        private List<Role> roles;

        @Override
        public Integer call() {
            char[] password = team.parent.signIn().secret(NEW_PASSWORD_VARIABLE, "Password for the new login " + login
                    + ": ", "No password for the new login: set " + NEW_PASSWORD_VARIABLE + " or run on a terminal.");
            try {
                User added = asOwner(team, db, admin -> admin.addPerson(login, name, title, EnumSet.copyOf(roles), password));
                spec.commandLine().getOut().println("Added " + added.username() + " (" + added.displayName() + ") with "
                        + added.roles() + ".");
                return ExitCode.OK;
            } catch (IllegalArgumentException | dev.steward.model.validation.ValidationException e) {
                throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "import-register", description = "Copy a register file (people, integrations, classifications, "
            + "assessments, evidence, attestations, accounts and signing keys, settings, findings, campaigns and the "
            + "audit log with its checkpoints) into an empty team register, in one transaction. Each account then "
            + "needs a login: steward team add-login.")
    static final class ImportRegister extends Step {
        @Parameters(index = "0", paramLabel = "FILE", description = "The register file (.mv.db).")
        private Path file;

        @Override
        public Integer call() {
            Path location = dev.steward.service.RegisterServices.locationOf(file);
            char[] passphrase = dev.steward.service.RegisterServices.isEncrypted(location)
                    ? CliPassphrase.current(location) : null;
            try {
                java.util.Map<String, Long> copied = asOwner(team, db, admin -> admin.importRegister(file, passphrase));
                long rows = copied.values().stream().mapToLong(Long::longValue).sum();
                spec.commandLine().getOut().println("Imported " + rows + " row(s) from " + file + " into "
                        + TeamRegister.address(db) + " (" + copied.getOrDefault("integration", 0L) + " integration(s), "
                        + copied.getOrDefault("audit_event", 0L) + " audit event(s)). Next: steward team add-login, "
                        + "for every account.");
                return ExitCode.OK;
            } catch (dev.steward.storage.DatabaseOpenException e) {
                throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
            } finally {
                if (passphrase != null) {
                    Arrays.fill(passphrase, '\0');
                }
            }
        }
    }

    @Command(name = "add-login", description = "Create the database login of an account that came with an imported "
            + "register (its password from STEWARD_NEW_PASSWORD or a prompt), in the group roles of its roles.")
    static final class AddLogin extends Step {
        @Parameters(index = "0", paramLabel = "LOGIN", description = "The account's username.")
        private String login;

        @Override
        public Integer call() {
            char[] password = team.parent.signIn().secret(AddPerson.NEW_PASSWORD_VARIABLE, "Password for the login "
                    + login + ": ", "No password for the login: set " + AddPerson.NEW_PASSWORD_VARIABLE
                    + " or run on a terminal.");
            try {
                User account = asOwner(team, db, admin -> admin.addLogin(login, password));
                spec.commandLine().getOut().println("Gave " + account.username() + " a login with " + account.roles() + ".");
                return ExitCode.OK;
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }
}
