package dev.steward.app.cli;

import dev.steward.app.export.campaign.CampaignReportFiles;
import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.User;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignProgress;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.Recurrence;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.campaign.CampaignClosed;
import dev.steward.service.campaign.CampaignItemView;
import dev.steward.service.campaign.CampaignOverview;
import dev.steward.storage.RecordNotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/// `steward campaign …`: recertification campaigns from the command line, for the same signed-in accounts and
/// role checks as the app. Every subcommand signs in as --user (password from STEWARD_PASSWORD or a prompt).
@Command(name = "campaign", description = "Recertification campaigns: create, list, show, decide, close, report.",
        subcommands = {CampaignCommand.Create.class, CampaignCommand.ListCampaigns.class, CampaignCommand.Show.class,
                CampaignCommand.Decide.class, CampaignCommand.Close.class, CampaignCommand.Report.class,
                CampaignCommand.Tasks.class, CampaignCommand.Drill.class})
final class CampaignCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("steward campaign: name a subcommand.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /// Opens the register at `db` acting for `username`, signs them in, and runs `work`, turning the ways a
    /// campaign call is refused into exit codes.
    <T> T signedIn(Path db, String username, String verb, Function<RegisterServices, T> work) {
        AtomicReference<User> user = new AtomicReference<>();
        try (RegisterServices services = parent.signIn().open(db, verb, Actor.signedIn(user::get))) {
            user.set(parent.signIn().signIn(services, username));
            return work.apply(services);
        } catch (AccessDenied e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
        } catch (ValidationException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.problems().stream()
                    .map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        } catch (IllegalTransitionException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        } catch (RecordNotFoundException e) {
            throw new CliException(ExitCode.NOT_FOUND, e.getMessage());
        }
    }

    StewardCli cli() {
        return parent;
    }

    /// What every subcommand has: its parent, its spec, -h and the account options (picocli reads inherited fields).
    abstract static class Subcommand implements Callable<Integer> {
        @ParentCommand
        CampaignCommand campaign;
        @Spec
        CommandSpec spec;
        @Mixin
        HelpOption help;
        @Mixin
        Account account;
    }

    /// Options every subcommand has.
    static final class Account {
        @Option(names = "--user", required = true, paramLabel = "NAME", description = "Sign in as this user.")
        String user;

        @Option(names = "--db", paramLabel = "PATH", description = "Database (default: ${DEFAULT-VALUE}).")
        Path db;
    }

    @Command(name = "create", description = {"Create a campaign over the live integrations in scope (managers).",
            "Empty scope options mean any value; --search takes the words of a saved register search."})
    static final class Create extends Subcommand {

        @Option(names = "--name", required = true, description = "The campaign's name.")
        private String name;
        @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "Due date.")
        private LocalDate due;
        @Option(names = "--recurrence", defaultValue = "NONE", description = "NONE, QUARTERLY, HALF_YEARLY or YEARLY "
                + "(default: ${DEFAULT-VALUE}).")
        private Recurrence recurrence;
        @Option(names = "--decider", defaultValue = "SPONSOR", description = "SPONSOR, TECHNICAL_OWNER or "
                + "NAMED_REVIEWER (default: ${DEFAULT-VALUE}).")
        private DeciderRule decider;
        @Option(names = "--reviewer", paramLabel = "PERSON", description = "The named reviewer: email or person id.")
        private String reviewer;
        @Option(names = "--fallback", paramLabel = "PERSON", description = "Decides when the decider has left: email or id.")
        private String fallback;
        @Option(names = "--tier", split = ",", description = "Risk tiers in scope.")
        private Set<RiskTier> tiers = Set.of();
        @Option(names = "--kind", split = ",", description = "Kinds in scope.")
        private Set<IntegrationKind> kinds = Set.of();
        @Option(names = "--status", split = ",", description = "Lifecycle statuses in scope.")
        private Set<LifecycleStatus> statuses = Set.of();
        @Option(names = "--vendor", description = "A vendor in scope (repeatable).")
        private Set<String> vendors = new LinkedHashSet<>();
        @Option(names = "--environment", split = ",", description = "Environments in scope.")
        private Set<DeploymentEnvironment> environments = Set.of();
        @Option(names = "--search", description = "Words of a saved register search.")
        private String search = "";

        @Override
        public Integer call() {
            Campaign created = campaign.signedIn(account.db, account.user, "create a campaign in", services -> {
                List<Person> people = services.register().people();
                Campaign draft = Campaign.draft(name, new CampaignScope(tiers, kinds, statuses, vendors, environments,
                        search), due, recurrence, decider, person(people, reviewer, "--reviewer"),
                        person(people, fallback, "--fallback"), account.user);
                return services.campaigns().create(draft);
            });
            spec.commandLine().getOut().println("Created campaign " + created.id() + " \"" + created.name() + "\", due "
                    + created.due() + " (steward campaign show " + created.id() + ")");
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List campaigns with their progress.")
    static final class ListCampaigns extends Subcommand {

        @Override
        public Integer call() {
            List<String> lines = campaign.signedIn(account.db, account.user, "list the campaigns of", services ->
                    services.campaigns().campaigns().stream().map(c -> {
                        CampaignProgress p = services.campaigns().overview(c.id()).progress();
                        return c.id() + "\t" + c.status() + "\tdue " + c.due() + "\t" + (p.total() - p.pending()) + "/"
                                + p.total() + " decided" + (p.overdue() ? "\tOVERDUE" : "") + "\t" + c.name();
                    }).toList());
            lines.forEach(spec.commandLine().getOut()::println);
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Show a campaign's items, decisions and who holds what.")
    static final class Show extends Subcommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
        private long id;

        @Override
        public Integer call() {
            CampaignOverview overview = campaign.signedIn(account.db, account.user, "show a campaign of",
                    services -> services.campaigns().overview(id));
            PrintWriter out = spec.commandLine().getOut();
            Campaign c = overview.campaign();
            out.println(c.name() + " (" + c.status() + ", due " + c.due() + ", " + c.recurrence() + ", manager "
                    + c.manager() + "): " + c.scope().describe());
            for (CampaignItemView item : overview.items()) {
                out.println("item " + item.item().id() + "\t" + item.item().integrationName() + "\t" + (item.isPending()
                        ? "PENDING, held by " + item.holderName() + " (" + item.holder().level() + ")"
                        : item.item().decision() + " by " + item.item().decidedBy() + " at " + item.item().decidedAt()
                                + ": " + item.item().justification()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "decide", description = "Certify, revoke or modify one campaign item, with a justification.")
    static final class Decide extends Subcommand {
        @Parameters(index = "0", paramLabel = "ITEM", description = "Item id (see 'campaign show').")
        private long item;
        @Parameters(index = "1", paramLabel = "DECISION", description = "CERTIFY, REVOKE or MODIFY.")
        private Decision decision;
        @Option(names = "--justification", required = true, description = "Why.")
        private String justification;

        @Override
        public Integer call() {
            var outcome = campaign.signedIn(account.db, account.user, "decide a campaign item in",
                    services -> services.campaigns().decide(item, decision, justification));
            PrintWriter out = spec.commandLine().getOut();
            out.println(outcome.item().integrationName() + ": " + decision);
            outcome.revocationTaskId().ifPresent(t -> out.println("Suspended; revocation task " + t + " opened."));
            outcome.attestationId().ifPresent(a -> out.println("Attestation draft " + a + " open for the renewal."));
            return ExitCode.OK;
        }
    }

    @Command(name = "close", description = {"Close a campaign whose items are all decided and sign its completion "
            + "report with your key (its manager only); a recurring campaign creates its next instance.",
            "The key's passphrase comes from " + CliSignIn.SIGNING_PASSPHRASE_VARIABLE + " or a prompt; --out writes "
                    + "the report's .json, .csv and .pdf."})
    static final class Close extends Subcommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
        private long id;
        @Option(names = {"-o", "--out"}, paramLabel = "BASE", description = "Write BASE.json, BASE.csv and BASE.pdf.")
        private Path out;

        @Override
        public Integer call() {
            CampaignClosed closed = campaign.signedIn(account.db, account.user, "close a campaign in", services -> {
                char[] passphrase = campaign.cli().signIn().signingPassphrase(account.user);
                try {
                    return SigningFailures.signing("close the campaign",
                            () -> services.campaigns().close(id, passphrase));
                } finally {
                    java.util.Arrays.fill(passphrase, '\0');
                }
            });
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Closed campaign " + id + "; report signed by " + closed.report().signature().signerName()
                    + " (key " + closed.report().signature().fingerprint() + ")");
            closed.next().ifPresent(n -> stdout.println("Next instance: campaign " + n.id() + ", due " + n.due()));
            if (out != null) {
                Report.write(closed.report(), out, stdout);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "report", description = "Write a closed campaign's signed report as BASE.json, BASE.csv and BASE.pdf.")
    static final class Report extends Subcommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "Campaign id.")
        private long id;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "BASE", description = "Path without extension.")
        private Path out;

        @Override
        public Integer call() {
            var report = campaign.signedIn(account.db, account.user, "read a campaign report of",
                    services -> services.campaigns().report(id)).orElseThrow(() -> new CliException(ExitCode.NOT_FOUND,
                    "Campaign " + id + " has no signed report: it is not closed."));
            write(report, out, spec.commandLine().getOut());
            return ExitCode.OK;
        }

        static void write(dev.steward.model.campaign.SignedCampaignReport report, Path base, PrintWriter stdout) {
            try {
                CampaignReportFiles.write(report, base).forEach(f -> stdout.println("Written " + f));
            } catch (IOException e) {
                throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot write the report to " + base + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "tasks", description = "List the revocation tasks revoke decisions opened, open ones first.")
    static final class Tasks extends Subcommand {
        @Override
        public Integer call() {
            List<dev.steward.storage.RevocationTask> tasks = campaign.signedIn(account.db, account.user,
                    "list the revocation tasks of", services -> services.campaigns().revocationTasks());
            for (dev.steward.storage.RevocationTask t : tasks) {
                spec.commandLine().getOut().println("task " + t.id() + "\tintegration " + t.integrationId() + "\tby "
                        + t.targetAt() + "\t" + (t.isOpen() ? "OPEN" : t.drillResult() + " (" + t.drillRecordedBy() + ")")
                        + "\tkill switch: " + (t.killSwitch() == null ? "(none recorded)" : t.killSwitch()));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "drill", description = "Record how a revocation task's drill went (PASSED, PARTIAL or FAILED).")
    static final class Drill extends Subcommand {
        @Parameters(index = "0", paramLabel = "TASK", description = "Task id (see 'campaign tasks').")
        private long task;
        @Parameters(index = "1", paramLabel = "RESULT", description = "The drill's result.")
        private dev.steward.model.register.RevocationTestResult result;
        @Option(names = "--notes", description = "What happened, e.g. how long it took.")
        private String notes;

        @Override
        public Integer call() {
            var recorded = campaign.signedIn(account.db, account.user, "record a revocation drill in",
                    services -> services.campaigns().recordDrill(task, result, notes));
            spec.commandLine().getOut().println("Task " + recorded.id() + ": " + recorded.drillResult());
            return ExitCode.OK;
        }
    }

    /// A person named on the command line by email (ignoring case) or id; `null` for none.
    static Long person(List<Person> people, String reference, String option) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String wanted = reference.strip();
        return people.stream().filter(p -> wanted.equalsIgnoreCase(p.email()) || wanted.equals(String.valueOf(p.id())))
                .map(Person::id).findFirst().orElseThrow(() -> new ValidationException(List.of(
                        new ValidationProblem(option, "No person with email or id '" + wanted + "'."))));
    }
}
