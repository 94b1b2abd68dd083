package dev.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ClassifyCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /// An autonomous deployer: NHI with every part of the output filled.
    private static Map<String, Object> autonomousDeployer() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("local_only", "no");
        raw.put("authenticates", "yes");
        raw.put("credential_autonomy", "yes");
        raw.put("calls_tools", "yes");
        raw.put("human_approves_each_action", "no");
        raw.put("acts_unattended", "yes");
        raw.put("delegated_access", "write");
        raw.put("action_impact", List.of("deploy_code"));
        raw.put("notes", "Zoë's pipeline, Kraków — 東京");
        return raw;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private JsonNode expected(Map<String, Object> raw) {
        Classification classification = ClassificationEngine.classify(Answers.of(raw));
        return JSON.valueToTree(classification.toJsonTree());
    }

    /// 1 MB and 5 MB notes answer in seconds (the length is checked before any pattern) and are refused
    /// without being echoed back; a key in the notes is refused in words naming the question.
    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 5})
    void hugeNotesAreRefusedInTime(int mb) throws IOException {
        Map<String, Object> raw = autonomousDeployer();
        raw.put("notes", "a".repeat(mb << 20));
        Path file = write("answers.json", JSON.writeValueAsString(raw));

        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> CliRun.run(dir.resolve("db"), "classify", "--answers", file.toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("$.notes: The answer to \u201cAnything else a reviewer should know?\u201d is "
                + (mb << 20) + " characters long: keep it to 4000 or fewer.");
        assertThat(run.err().length()).isLessThan(2_000);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aKeyInTheNotesIsRefused() throws IOException {
        Map<String, Object> raw = autonomousDeployer();
        raw.put("notes", "key " + "AKIA" + "IOSFODNN7EXAMPLE");
        Path file = write("answers.json", JSON.writeValueAsString(raw));

        CliRun run = CliRun.run(dir.resolve("db"), "classify", "--answers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("$.notes: The answer to \u201cAnything else a reviewer should know?\u201d "
                + "looks like an AWS access key ID.").doesNotContain("IOSFODNN7");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validAnswersPrintTheEnginesVerdictAsJson() throws IOException {
        Path file = write("answers.json", JSON.writeValueAsString(autonomousDeployer()));

        CliRun run = CliRun.run(dir.resolve("db"), "classify", "--answers", file.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode printed = JSON.readTree(run.out());
        assertThat(printed).isEqualTo(expected(autonomousDeployer()));
        // real content, not an empty tree that happens to match
        assertThat(printed.get("verdict").asText()).isEqualTo("NHI");
        assertThat(printed.get("trace").get(0).get("answers").get(0).asText()).isEqualTo("credential_autonomy=yes");
        assertThat(printed.get("requiredControls")).isNotEmpty();
        assertThat(run.out().lines().count()).isGreaterThan(10);
    }

    @Test
    void compactPrintsOneLineAndStdinWorksWithADash() throws IOException {
        CliRun run = CliRun.withStdin(dir.resolve("db"), JSON.writeValueAsString(autonomousDeployer()),
                "classify", "--answers", "-", "--compact");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().lines().toList()).hasSize(1);
        assertThat(run.out()).isEqualTo(run.out().strip() + System.lineSeparator());
        assertThat(JSON.readTree(run.out())).isEqualTo(expected(autonomousDeployer()));
    }

    @Test
    void everyUnknownIdAndInvalidAnswerIsListedWithItsPath() throws IOException {
        Path file = write("bad.json", """
                {"calls_toolz": "yes", "authenticates": true, "delegated_access": "sometimes",
                 "action_impact": "deploy_code", "local_only": "no"}
                """);

        CliRun run = CliRun.run(dir.resolve("db"), "classify", "--answers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                "steward classify: " + file + ": 4 invalid answer(s) for questionnaire 2026.11-1:",
                "  $.calls_toolz: unknown question id \"calls_toolz\" in questionnaire 2026.11-1; did you mean \"calls_tools\"?",
                "  $.authenticates: expected one string, one of yes, no, unknown but got the value true",
                "  $.delegated_access: " + problemFor("delegated_access", "sometimes"),
                "  $.action_impact: " + problemFor("action_impact", "deploy_code"));
    }

    private static String problemFor(String id, Object value) {
        var problems = dev.steward.model.classification.Questionnaire.builtIn().validate(Map.of(id, value));
        assertThat(problems).hasSize(1);
        return problems.getFirst().message();
    }

    @Test
    void truncatedJsonNamesTheFileLineAndColumn() throws IOException {
        Path file = write("truncated.json", "{\n  \"authenticates\": \"yes\",\n  \"calls_tools\": ");

        CliRun run = CliRun.run(dir.resolve("db"), "classify", "--answers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith("steward classify: " + file + ": not valid JSON at line 3, column ")
                .contains("end-of-input");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void jsonThatIsNotAnAnswerObjectIsInvalidInput() throws IOException {
        CliRun array = CliRun.withStdin(dir.resolve("db"), "[\"yes\"]", "classify", "--answers", "-");
        CliRun empty = CliRun.withStdin(dir.resolve("db"), "  \n", "classify", "--answers", "-");
        CliRun duplicate = CliRun.withStdin(dir.resolve("db"), "{\"authenticates\": \"yes\", \"authenticates\": \"no\"}",
                "classify", "--answers", "-");
        CliRun trailing = CliRun.withStdin(dir.resolve("db"), "{} {}", "classify", "--answers", "-");

        assertThat(List.of(array, empty, duplicate, trailing)).extracting(CliRun::exitCode)
                .containsOnly(ExitCode.INVALID_INPUT);
        assertThat(array.err()).isEqualTo("steward classify: <stdin>: at $ expected a JSON object of question id to"
                + " answer, but found array" + System.lineSeparator());
        assertThat(empty.err()).contains("<stdin>: the file is empty");
        assertThat(duplicate.err()).contains("<stdin>: not valid JSON at line 1, column ", "Duplicate field 'authenticates'");
        assertThat(trailing.err()).contains("<stdin>: not valid JSON at line 1, column ", "Trailing token");
    }

    @Test
    void aMissingFileIsAnIoError() {
        Path missing = dir.resolve("nowhere/answers.json");

        CliRun run = CliRun.run(dir.resolve("db"), "classify", "--answers", missing.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(run.err()).isEqualTo("steward classify: " + missing + ": no such file" + System.lineSeparator());
    }
}
