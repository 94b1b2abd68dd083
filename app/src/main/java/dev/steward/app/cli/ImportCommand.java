package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;

import dev.steward.model.csv.CsvProblem;
import dev.steward.storage.Database;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportRefusedException;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.model.register.Person;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/// {@code steward import}: adds the integrations of a register CSV (docs/csv-format.md), all of them or, on
/// request, the rows without problems.
@Command(name = "import",
        description = {"Add the integrations in a register CSV (format: docs/csv-format.md) to the database.",
                "Every problem is listed as FILE:LINE: column NAME: message; with any problem nothing is "
                        + "imported, unless --valid-rows-only.",
                "The desktop app locks its database: close it first."})
final class ImportCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "Register CSV to import (UTF-8).")
    private Path file;

    @Option(names = "--db", paramLabel = "PATH", description = "Database to import into (default: ${DEFAULT-VALUE}).")
    private Path db;

    @Option(names = "--valid-rows-only",
            description = "Import the rows without problems and write the others to the reject report.")
    private boolean validRowsOnly;

    @Option(names = "--reject-report", paramLabel = "PATH",
            description = "Where --valid-rows-only writes rejected rows (default: FILE-rejects.csv beside FILE).")
    private Path rejectReport;

    @Option(names = "--dry-run", description = "Check the file and report what would be imported; write nothing.")
    private boolean dryRun;

    @Option(names = "--create", description = "Create the database when there is none at --db yet (for a round "
            + "trip into a new register).")
    private boolean create;

    @Option(names = "--create-people", description = "Add the sponsors and owners the file names (Name <email>, "
            + "as export writes them) who are not in the register yet; they are listed before anything is written.")
    private boolean createPeople;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportMode mode = validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING;
        Actor importer_ = Actor.system(() -> System.getProperty("user.name", "unknown"));
        try (RegisterServices database = create
                ? RegisterDatabase.openOrCreate(db, "import into", dryRun, importer_, RegisterServices.Security.production())
                : RegisterDatabase.openExisting(db, "import into", importer_, RegisterServices.Security.production())) {
            RegisterImporter importer = database.importer();
            ImportPlan plan = importer.plan(file, createPeople, TerminalProgress.on(err, "Checking " + file));
            List<CsvProblem> problems = problemsOf(plan);
            problems.forEach(problem -> err.println(located(problem)));
            err.flush();
            boolean refused = !plan.headerProblems().isEmpty() || plan.rowCount() == 0
                    || plan.hasProblems() && mode == ImportMode.ALL_OR_NOTHING;
            if (refused) {
                throw refusal(problems, plan.hasProblems() && plan.headerProblems().isEmpty());
            }
            List<Person> newPeople = plan.newPeople();
            if (dryRun) {
                listNewPeople(out, newPeople, "would add");
                out.println("Dry run: would import " + plan.createCount() + " integration(s)"
                        + (newPeople.isEmpty() ? "" : " and add " + newPeople.size() + " person(s)")
                        + (plan.rejectCount() == 0 ? "" : " and reject " + plan.rejectCount() + " row(s)")
                        + "; nothing was written.");
                return ExitCode.OK;
            }
            ImportResult result = importer.execute(plan, mode, rejectReport, TerminalProgress.on(err, "Importing"));
            listNewPeople(out, newPeople, "added");
            out.println("Imported " + result.created() + " integration(s)"
                    + (newPeople.isEmpty() ? "" : " and added " + newPeople.size() + " person(s)")
                    + (result.rejectReport() == null ? ""
                    : "; " + result.rejected() + " row(s) rejected, written to " + result.rejectReport()));
            if (plan.createCount() >= RegisterImporter.COMPACT_AFTER_ROWS) {
                // said before the close that does it, so a long pause is not taken for a hang
                err.println("Compacting the register file after a large import...");
            }
            return ExitCode.OK;
        } catch (ImportRefusedException e) {
            // The register changed between plan and write (a name taken meanwhile): still nothing written.
            e.problems().forEach(problem -> err.println(located(problem)));
            throw refusal(e.problems(), true);
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
        }
    }

    /// One line per person the import creates, as the file named them.
    private static void listNewPeople(PrintWriter out, List<Person> newPeople, String verb) {
        for (Person p : newPeople) {
            out.println("New person (" + verb + "): " + p.name() + (p.email() == null ? "" : " <" + p.email() + ">"));
        }
    }

    /// The plan's problems, plus one for a header without rows: that is the wrong file far more often than an
    /// intended import of nothing, and a script should hear about it.
    private static List<CsvProblem> problemsOf(ImportPlan plan) {
        if (plan.rowCount() > 0 || !plan.headerProblems().isEmpty()) {
            return plan.problems();
        }
        return List.of(new CsvProblem(1, null, "The file has a header but no rows: there are no integrations to import."));
    }

    /// @param rowsOnly whether only rows have problems, so that --valid-rows-only would import the others
    private CliException refusal(List<CsvProblem> problems, boolean rowsOnly) {
        return new CliException(ExitCode.INVALID_INPUT, "Nothing was imported: " + problems.size() + " problem(s) in "
                + file + (rowsOnly ? ". Fix them, or add --valid-rows-only to import the other rows."
                : ". Fix the file first: with this problem no row can be imported."));
    }

    /// `FILE:LINE: column NAME: message`, the form compilers use, so editors and CI can jump to the spot.
    private String located(CsvProblem problem) {
        String where = problem.line() > 0 ? file + ":" + problem.line() : file.toString();
        return where + ": " + (problem.column() == null ? "" : "column " + problem.column() + ": ") + problem.message();
    }
}
