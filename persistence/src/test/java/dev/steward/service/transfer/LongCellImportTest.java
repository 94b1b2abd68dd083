package dev.steward.service.transfer;

import dev.steward.testing.RegisterFixture;

import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/// A register CSV with one cell of 1 MB or 5 MB in any column is checked in seconds, and the row is refused
/// on that column with a short message. Before the fix a 200,000-character purpose took 458 s to check (the
/// secret detector backtracked) and a 5 MB cell never finished.
class LongCellImportTest extends RegisterFixture {
    private static final Duration BOUND = Duration.ofSeconds(30);

    static Stream<Arguments> cells() {
        return Stream.of(1, 5).flatMap(mb -> RegisterCsvFormat.columns().stream().map(c -> arguments(c, mb)));
    }

    @ParameterizedTest(name = "{0}, {1} MB")
    @MethodSource("cells")
    void aHugeCellIsRefusedInTime(String column, int mb) throws IOException {
        Path csv = csvWith(column, "a".repeat(mb << 20));
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());

        ImportPlan plan = assertTimeoutPreemptively(BOUND, () -> importer.plan(csv, ProgressMonitor.NONE));

        assertThat(plan.createCount()).isZero();
        List<CsvProblem> problems = plan.problems();
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message().length())
                .as("message of %s", p).isLessThan(1_000));
        assertThat(problems).anySatisfy(p -> assertThat(p.column()).isEqualTo(column));
    }

    /// A header and one row: a valid minimal integration with `value` in `column`.
    private Path csvWith(String column, String value) throws IOException {
        List<String> columns = RegisterCsvFormat.columns();
        Path csv = dir.resolve("long.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns) + "\r\n");
            for (int i = 0; i < columns.size(); i++) {
                String name = columns.get(i);
                out.write(i == 0 ? "" : ",");
                out.write(name.equals(column) ? value : switch (name) {
                    case RegisterCsvFormat.NAME -> "Long cell agent";
                    case RegisterCsvFormat.PURPOSE -> "Summarises tickets";
                    case RegisterCsvFormat.KIND -> "ASSISTANT_COPILOT";
                    case RegisterCsvFormat.STATUS -> "PROPOSED";
                    default -> "";
                });
            }
            out.write("\r\n");
        }
        return csv;
    }
}
