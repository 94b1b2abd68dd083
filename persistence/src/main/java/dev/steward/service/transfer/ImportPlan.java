package dev.steward.service.transfer;

import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.RegisterCsvFile;
import dev.steward.model.csv.RegisterCsvRow;
import dev.steward.model.register.Integration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// What importing a register CSV would do, worked out without writing anything: see
/// {@link RegisterImporter#plan}.
///
/// Import only creates: every valid row becomes a new integration, and a name that is already stored is a
/// problem on that row (edit existing integrations in the app instead).
///
/// @param source the file read
/// @param file   its header and rows, rows already checked against the stored register
public record ImportPlan(Path source, RegisterCsvFile file) {

    /// Every problem, header first, then by line.
    public List<CsvProblem> problems() {
        List<CsvProblem> all = new ArrayList<>(file.headerProblems());
        file.rows().forEach(row -> all.addAll(row.problems()));
        all.sort(Comparator.comparingInt(CsvProblem::line));
        return all;
    }

    public boolean hasProblems() {
        return !file.headerProblems().isEmpty() || file.rows().stream().anyMatch(r -> !r.isValid());
    }

    /// The integrations that would be created, in file order.
    public List<Integration> creates() {
        return file.rows().stream().filter(RegisterCsvRow::isValid).map(RegisterCsvRow::integration).toList();
    }

    /// Rows that would be rejected.
    public List<RegisterCsvRow> rejects() {
        return file.rows().stream().filter(r -> !r.isValid()).toList();
    }

    public int rowCount() {
        return file.rows().size();
    }
}
