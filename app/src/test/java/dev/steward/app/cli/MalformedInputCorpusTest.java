package dev.steward.app.cli;

import dev.steward.model.register.Integration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// Issue 8: malformed input files, each refused with a message naming the file, the place and the problem,
/// and changing nothing. Text cases are files under `src/test/resources/corpus`; byte-level ones (other
/// encodings, binary junk, huge values) are made here, where their bytes can be read.
class MalformedInputCorpusTest {
    private static final String HEADER = "name,purpose,kind,status\n";

    @TempDir
    static Path shared;

    private static Path register;

    /// One corpus file and what the command must say about it.
    ///
    /// @param where the place after the file name: `:LINE: column NAME:` for CSV, a JSON path or line for JSON
    /// @param what  words from the message
    record Case(String name, Supplier<byte[]> content, int exitCode, String where, String what) {
        static Case file(String resource, int exitCode, String where, String what) {
            return new Case(resource, () -> resource(resource), exitCode, where, what);
        }

        static Case made(String name, byte[] content, int exitCode, String where, String what) {
            return new Case(name, () -> content, exitCode, where, what);
        }

        Path writeTo(Path dir) throws IOException {
            return Files.write(dir.resolve(Path.of(name).getFileName().toString()), content.get());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void sampleRegister() {
        register = shared.resolve("register");
        TestRegisters.withSampleData(register);
    }

    static Stream<Case> csvCases() {
        int invalid = ExitCode.INVALID_INPUT;
        return Stream.of(
                Case.made("latin-1.csv", (HEADER + "Corpus bot,Café réservations,ASSISTANT_COPILOT,PROPOSED\n")
                        .getBytes(StandardCharsets.ISO_8859_1), invalid, ":2: column purpose:", "not valid UTF-8"),
                Case.made("utf-16-bom.csv", ("\uFEFF" + HEADER + "Corpus bot,Reads,ASSISTANT_COPILOT,PROPOSED\n")
                        .getBytes(StandardCharsets.UTF_16LE), invalid, ":1:", "not valid UTF-8"),
                Case.file("csv/bom-misspelt-header.csv", invalid, ":1: column nmae:", "Did you mean 'name'?"),
                Case.file("csv/unterminated-quote.csv", invalid, ":2:", "never closed"),
                Case.file("csv/text-after-closing-quote.csv", invalid, ":2:", "text after its closing double quote"),
                Case.file("csv/missing-required-columns.csv", invalid, ":1:", "Required columns kind, status are missing"),
                Case.file("csv/unknown-column.csv", invalid, ":1: column colour:", "Unknown column 'colour'"),
                Case.file("csv/column-twice.csv", invalid, ":1: column kind:", "more than once"),
                Case.file("csv/column-without-name.csv", invalid, ":1:", "Column 3 has no name"),
                Case.file("csv/too-few-fields.csv", invalid, ":2:", "has 3 values but the header names 4"),
                Case.file("csv/too-many-fields.csv", invalid, ":2:", "has 5 values but the header names 4"),
                Case.file("csv/duplicate-names.csv", invalid, ":3: column name:", "already the name on line 2"),
                Case.file("csv/name-already-stored.csv", invalid, ":2: column name:", "already in the register"),
                Case.made("two-megabyte-field.csv", (HEADER + "Corpus bot," + "lorem ipsum ".repeat(2 * 1024 * 1024 / 12)
                        + ",ASSISTANT_COPILOT,PROPOSED\n").getBytes(StandardCharsets.UTF_8), invalid, ":2: column purpose:", "4000"),
                Case.made("png-header.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D,
                        'I', 'H', 'D', 'R', 0, 0, 1, 0, (byte) 0xF3, (byte) 0xFF, 0x61}, invalid, ":1:", "not valid UTF-8"),
                Case.made("zip-header.csv", new byte[] {'P', 'K', 3, 4, 0x14, 0, 0, 0, 8, 0, (byte) 0x9C, (byte) 0xE5,
                        'x', (byte) 0xC3, '\n', (byte) 0xFE, 0x12}, invalid, ":1:", "not valid UTF-8"),
                Case.file("csv/empty.csv", invalid, ":1:", "The file is empty"),
                Case.file("csv/header-only.csv", invalid, ":1:", "no integrations to import"),
                Case.file("csv/crlf-lf-mix-bad-kind.csv", invalid, ":5: column kind:", "'ROBOT'"),
                Case.made("nul-bytes.csv", (HEADER + "Corpus bot,Reads\0tickets,ASSISTANT_COPILOT,PROPOSED\n")
                        .getBytes(StandardCharsets.UTF_8), invalid, ":2:", "NUL"),
                Case.file("csv/invalid-enum.csv", invalid, ":2: column kind:", "MCP_SERVER"),
                Case.file("csv/bad-date.csv", invalid, ":2: column next_review:", "yyyy-MM-dd"),
                Case.file("csv/negative-duration.csv", invalid, ":2: column revocation_target_time:", "-15m"),
                Case.file("csv/aws-key-in-purpose.csv", invalid, ":2: column purpose:", "AWS access key"),
                Case.file("csv/unknown-person.csv", invalid, ":2: column technical_owner:", "nobody@example.invalid"),
                Case.file("csv/list-entry-wrong-parts.csv", invalid, ":2: column data_access:", "Entry 1"),
                Case.file("csv/pipeline-without-role.csv", invalid, ":2:", "role"));
    }

    static Stream<Case> jsonCases() {
        int invalid = ExitCode.INVALID_INPUT;
        return Stream.of(
                Case.file("json/number-for-yes-no.json", invalid, "$.local_only", "got the value 1"),
                Case.file("json/boolean-for-yes-no.json", invalid, "$.local_only", "got the value true"),
                Case.file("json/object-for-multi-choice.json", invalid, "$.action_impact", "deploy_code"),
                Case.file("json/string-for-multi-choice.json", invalid, "$.action_impact", "list"),
                Case.file("json/unknown-question-id.json", invalid, "$.favourite_colour", "unknown"),
                Case.file("json/answer-not-an-option.json", invalid, "$.local_only", "\"maybe\""),
                Case.file("json/truncated.json", invalid, "line 2, column", "not valid JSON"),
                Case.file("json/empty.json", invalid, "", "the file is empty"),
                Case.file("json/top-level-array.json", invalid, "at $", "found array"),
                Case.file("json/duplicate-keys.json", invalid, "line 3, column", "Duplicate field 'local_only'"),
                Case.file("json/two-documents.json", invalid, "line 1, column", "not valid JSON"),
                Case.made("invalid-utf-8.json", "{\"local_only\": \"n\u00FF\"}".getBytes(StandardCharsets.ISO_8859_1),
                        invalid, "line 1, column", "UTF-8"),
                Case.made("huge-nesting.json", ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000))
                        .getBytes(StandardCharsets.UTF_8), invalid, "", "nesting depth (1001) exceeds"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvCases")
    void malformedCsvIsRefusedWithItsPlaceAndChangesNothing(Case corpus, @TempDir Path dir) throws IOException {
        Path file = corpus.writeTo(dir);
        TestRegisters.Counts before = TestRegisters.counts(register);

        CliRun run = CliRun.run(register, "import", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(corpus.exitCode());
        assertThat(run.err()).contains(file + corpus.where()).contains(corpus.what())
                .contains("steward import: Nothing was imported");
        assertThat(run.out()).isEmpty();
        assertThat(TestRegisters.counts(register)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jsonCases")
    void malformedAnswersAreRefusedWithTheirPlace(Case corpus, @TempDir Path dir) throws IOException {
        Path file = corpus.writeTo(dir);

        CliRun run = CliRun.run(register, "classify", "--answers", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(corpus.exitCode());
        assertThat(run.err()).startsWith("steward classify: " + file + ": ").contains(corpus.where(), corpus.what());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unreadableFilesAreIoErrorsForBothCommands(@TempDir Path dir) {
        TestRegisters.Counts before = TestRegisters.counts(register);
        Path missing = dir.resolve("missing.csv");

        List<CliRun> runs = List.of(
                CliRun.run(register, "import", missing.toString()),
                CliRun.run(register, "import", dir.toString()),
                CliRun.run(register, "classify", "--answers", dir.resolve("missing.json").toString()),
                CliRun.run(register, "classify", "--answers", dir.toString()));

        assertThat(runs).extracting(CliRun::exitCode).containsOnly(ExitCode.IO_OR_DATABASE);
        assertThat(runs.get(0).err()).contains(missing + ": no such file");
        assertThat(runs.get(2).err()).contains(dir.resolve("missing.json") + ": no such file");
        assertThat(runs).allSatisfy(run -> assertThat(run.err()).contains(dir.toString()));
        assertThat(TestRegisters.counts(register)).isEqualTo(before);
    }

    /// Formula injections are data, not errors: they import as typed and are guarded again on export.
    @Test
    void formulaInjectionsImportAsTextAndExportGuarded(@TempDir Path dir) throws IOException {
        Path db = dir.resolve("formulas");
        TestRegisters.withSamplePeopleOnly(db, dir.resolve("scratch"));
        Path csv = Files.write(dir.resolve("formula-injections.csv"), resource("csv/formula-injections.csv"));

        CliRun imported = CliRun.run(db, "import", csv.toString());
        Path exported = dir.resolve("out.csv");
        CliRun export = CliRun.run(db, "export", "--format", "csv", "-o", exported.toString());

        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(ExitCode.OK);
        assertThat(export.exitCode()).isEqualTo(ExitCode.OK);
        Map<String, Integration> stored = TestRegisters.integrations(db).stream()
                .collect(Collectors.toMap(Integration::name, i -> i));
        assertThat(stored.get("Formula eq").purpose()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(stored.get("Formula eq").vendor()).isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(stored.get("Formula plus").purpose()).isEqualTo("+1+cmd|x");
        assertThat(stored.get("Formula minus").purpose()).isEqualTo("-2+3");
        assertThat(stored.get("Formula at").purpose()).isEqualTo("@SUM(1+1)*cmd|x");
        String out = Files.readString(exported);
        assertThat(out).contains("'=cmd|' /C calc'!A0", "'=HYPERLINK(\"\"http://evil\"\")", "'+1+cmd|x", "'-2+3",
                "'@SUM(1+1)*cmd|x", "'+vendor", "'-vendor", "'@vendor");
        assertThat(out.lines().skip(1)).noneMatch(line -> line.matches("^.*,[=+\\-@].*$") && !line.contains(",'"));
    }

    static byte[] resource(String name) {
        try (InputStream in = MalformedInputCorpusTest.class.getResourceAsStream("/corpus/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no corpus file " + name);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
