package dev.steward.app.cli;

import dev.steward.model.csv.CsvProblem;
import dev.steward.persistence.Database;
import dev.steward.persistence.ImportMode;
import dev.steward.persistence.ImportPlan;
import dev.steward.persistence.ImportRefusedException;
import dev.steward.persistence.ImportResult;
import dev.steward.persistence.RegisterImporter;
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

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportMode mode = validRowsOnly ? ImportMode.VALID_ROWS_ONLY : ImportMode.ALL_OR_NOTHING;
        try (Database database = RegisterDatabase.openExisting(db, "import into")) {
            RegisterImporter importer = new RegisterImporter(database,
                    () -> System.getProperty("user.name", "unknown"), Clock.systemDefaultZone());
            ImportPlan plan = importer.plan(file, TerminalProgress.on(err, "Checking " + file));
            List<CsvProblem> problems = problemsOf(plan);
            problems.forEach(problem -> err.println(located(problem)));
            err.flush();
            boolean refused = !plan.headerProblems().isEmpty() || plan.rowCount() == 0
                    || plan.hasProblems() && mode == ImportMode.ALL_OR_NOTHING;
            if (refused) {
                throw refusal(problems, plan.hasProblems() && plan.headerProblems().isEmpty());
            }
            if (dryRun) {
                out.println("Dry run: would import " + plan.createCount() + " integration(s)"
                        + (plan.rejectCount() == 0 ? "" : " and reject " + plan.rejectCount() + " row(s)")
                        + "; nothing was written.");
                return ExitCode.OK;
            }
            ImportResult result = importer.execute(plan, mode, rejectReport, TerminalProgress.on(err, "Importing"));
            out.println("Imported " + result.created() + " integration(s)" + (result.rejectReport() == null ? ""
                    : "; " + result.rejected() + " row(s) rejected, written to " + result.rejectReport()));
            return ExitCode.OK;
        } catch (ImportRefusedException e) {
            // The register changed between plan and write (a name taken meanwhile): still nothing written.
            e.problems().forEach(problem -> err.println(located(problem)));
            throw refusal(e.problems(), true);
        } catch (UncheckedIOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, e.getMessage());
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
