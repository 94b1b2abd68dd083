package dev.steward.service.transfer;

import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.RegisterCsvFile;
import dev.steward.model.csv.RegisterCsvRow;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

/// What importing a register CSV would do, worked out without writing anything: see
/// {@link RegisterImporter#plan}.
///
/// Import only creates: every valid row becomes a new integration, and a name that is already stored is a
/// problem on that row (edit existing integrations in the app instead).
///
/// @param source     the file read
/// @param file       its header and rows, rows already checked against the stored register
/// @param newcomers  people the file names who are not in the register, to be created with the import when
///                   it was asked to (`--create-people`); their ids are provisional (negative) and stand in
///                   the rows' integrations until the import stores them. Empty when not asked.
public record ImportPlan(Path source, RegisterCsvFile file, List<Person> newcomers) {
    public ImportPlan {
        newcomers = List.copyOf(newcomers);
    }

    /// A plan that creates no people.
    public ImportPlan(Path source, RegisterCsvFile file) {
        this(source, file, List.of());
    }

    /// The people the import would create: the newcomers that a row to be imported names, in order first named.
    public List<Person> newPeople() {
        Set<Long> named = new HashSet<>();
        for (Integration i : creates()) {
            if (i.sponsorId() != null) {
                named.add(i.sponsorId());
            }
            if (i.technicalOwnerId() != null) {
                named.add(i.technicalOwnerId());
            }
            named.addAll(i.backupOwnerIds());
        }
        return newcomers.stream().filter(p -> named.contains(p.id())).toList();
    }

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
