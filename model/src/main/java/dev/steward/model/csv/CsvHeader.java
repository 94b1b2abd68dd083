package dev.steward.model.csv;

import dev.steward.model.validation.EditDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// A file's header matched to a {@link CsvTable}: where each known column is, and what is wrong with it.
///
/// Header names match ignoring case and surrounding blanks, and columns may come in any order. Problems, all on
/// the header's line: a missing required column, a column named twice, an empty header cell, and an unknown
/// column. Unknown columns are errors, not warnings, because a misspelt optional column (`sponser`) would
/// otherwise be dropped without a word; the message suggests the nearest known name. Optional columns that
/// are absent read as empty. A header line that is not text (bytes that are not UTF-8, a NUL, broken quoting)
/// is that one problem only.
public final class CsvHeader {
    private final Map<String, Integer> indexByName;
    private final List<String> names;
    private final int line;
    private final List<CsvProblem> problems;

    private CsvHeader(Map<String, Integer> indexByName, List<String> names, int line, List<CsvProblem> problems) {
        this.indexByName = indexByName;
        this.names = names;
        this.line = line;
        this.problems = List.copyOf(problems);
    }

    static <T> CsvHeader bind(CsvTable<T> table, CsvRecord header) {
        if (!header.isValid()) {
            // Names decoded from bytes that are not text would only add "unknown column" noise full of garbage.
            return new CsvHeader(Map.of(), List.of(), header.line(), List.of(new CsvProblem(header.line(), null,
                    header.malformedUtf8() ? CsvMessages.NOT_UTF8 : header.syntaxProblem())));
        }
        List<String> known = table.headers();
        Map<String, Integer> index = new HashMap<>();
        List<CsvProblem> problems = new ArrayList<>();
        List<String> cells = header.values();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(new CsvProblem(header.line(), null, "Column " + (i + 1) + " has no name in the header."));
            } else if (index.putIfAbsent(name, i) != null) {
                problems.add(new CsvProblem(header.line(), name, "This column appears more than once in the header."));
            } else if (!known.contains(name) && !table.ignoredColumns().contains(name)) {
                problems.add(new CsvProblem(header.line(), cells.get(i).strip(), unknown(name, known)));
            }
        }
        List<String> missing = table.columns().stream()
                .filter(c -> c.required() && !index.containsKey(c.name())).map(CsvColumn::name).toList();
        if (!missing.isEmpty()) {
            problems.add(new CsvProblem(header.line(), null, "Required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + (missing.size() > 1 ? " are" : " is") + " missing from the header."));
        }
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        return new CsvHeader(index, names, header.line(), problems);
    }

    /// Problems with the header itself; when there are any, no row can be read reliably.
    public List<CsvProblem> problems() {
        return problems;
    }

    /// How many values every row must have.
    public int columnCount() {
        return names.size();
    }

    public int line() {
        return line;
    }

    /// The (normalised) header name of the value at `index` in a row.
    public String nameAt(int index) {
        return names.get(index);
    }

    public boolean has(String column) {
        return indexByName.containsKey(column);
    }

    /// The value of `column` in `record`, or the empty string when the file has no such column.
    public String value(CsvRecord record, String column) {
        Integer i = indexByName.get(column);
        return i == null || i >= record.values().size() ? "" : record.values().get(i);
    }

    private static String unknown(String name, List<String> known) {
        String nearest = known.stream()
                .min(Comparator.comparingInt(k -> EditDistance.between(name, k))).orElseThrow();
        String hint = EditDistance.between(name, nearest) <= 3 ? " Did you mean '" + nearest + "'?"
                : " Known columns: " + String.join(", ", known) + ".";
        return "Unknown column '" + name + "'." + hint;
    }
}
