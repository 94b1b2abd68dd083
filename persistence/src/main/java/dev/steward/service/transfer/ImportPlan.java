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
/// {@link RegisterImporter#plan}. It holds counts and problems, not the rows: {@link RegisterImporter#execute}
/// reads the file again, so a file of any size is planned and imported in little memory.
///
/// Import only creates: every valid row becomes a new integration, and a name that is already stored is a
/// problem on that row (edit existing integrations in the app instead).
///
/// @param source          the file read
/// @param sha256          the file's content hash: execute refuses a file changed since it was planned
/// @param header          the header cells as written in the file
/// @param headerProblems  problems with the file as a whole or its header (then no row was read)
/// @param rowCount        data rows read
/// @param createCount     rows that would become integrations
/// @param rowProblems     the problems of the rejected rows, by line: all of them, or the first
///                        {@link #MAX_PROBLEMS_KEPT} when there are more ({@link #rowProblemCount} says how many)
/// @param rowProblemCount how many row problems there are in all
/// @param newPeople       people the file names who are not in the register, to be created with the import when
///                        it was asked to (`--create-people`); their ids are provisional (negative). Empty otherwise.
public record ImportPlan(Path source, String sha256, List<String> header, List<CsvProblem> headerProblems,
                         int rowCount, int createCount, List<CsvProblem> rowProblems, int rowProblemCount,
                         List<Person> newPeople) {
    /// Row problems a plan keeps to show; a file with more still reports the count, and the reject report of
    /// an import lists every rejected row.
    public static final int MAX_PROBLEMS_KEPT = 10_000;

    public ImportPlan {
        header = List.copyOf(header);
        headerProblems = List.copyOf(headerProblems);
        rowProblems = List.copyOf(rowProblems);
        newPeople = List.copyOf(newPeople);
    }

    /// A plan that creates no people.
    public ImportPlan(Path source, String sha256, List<String> header, List<CsvProblem> headerProblems,
                      int rowCount, int createCount, List<CsvProblem> rowProblems, int rowProblemCount) {
        this(source, sha256, header, headerProblems, rowCount, createCount, rowProblems, rowProblemCount, List.of());
    }

    /// The problems kept, header first, then by line.
    public List<CsvProblem> problems() {
        List<CsvProblem> all = new ArrayList<>(headerProblems);
        all.addAll(rowProblems);
        return all;
    }

    public boolean hasProblems() {
        return !headerProblems.isEmpty() || rowProblemCount > 0;
    }

    /// Rows that would be rejected.
    public int rejectCount() {
        return rowCount - createCount;
    }
}
