package dev.steward.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.steward.model.classification.AnswerProblem;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Questionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/// {@code steward classify}: classifies one answer set against the shipped questionnaire and prints the
/// verdict as JSON, in the format of {@link Classification#toJsonTree()}.
@Command(name = "classify",
        description = {"Classify an AI integration from a JSON answers file; print the verdict as JSON",
                "(verdict, autonomy level, risk tier, required controls, questionnaire version",
                "and the trace of fired rules with the answers behind them)."})
final class ClassifyCommand implements Callable<Integer> {
    // Non-ASCII is escaped so the output is the same bytes whatever the terminal's encoding.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .build();

    @ParentCommand
    private StewardCli parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Option(names = "--answers", required = true, paramLabel = "FILE",
            description = "JSON object of question id to answer; '-' reads standard input.")
    private String answers;

    @Option(names = "--compact", description = "Print the JSON on one line.")
    private boolean compact;

    @Override
    public Integer call() {
        Map<String, Object> raw = AnswersFile.read(answers, parent.stdin());
        Questionnaire questionnaire = Questionnaire.builtIn();
        List<AnswerProblem> problems = questionnaire.validate(raw);
        if (!problems.isEmpty()) {
            throw new CliException(ExitCode.INVALID_INPUT, AnswersFile.displayName(answers) + ": " + problems.size()
                    + " invalid answer(s) for questionnaire " + questionnaire.version() + ":"
                    + problems.stream().map(p -> "\n  $." + p.questionId() + ": " + p.message()).collect(Collectors.joining()));
        }
        Classification classification = ClassificationEngine.classify(questionnaire, questionnaire.parseAnswers(raw));
        spec.commandLine().getOut().println(toJson(classification));
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    private String toJson(Classification classification) {
        ObjectWriter writer = compact ? MAPPER.writer() : MAPPER.writerWithDefaultPrettyPrinter();
        try {
            return writer.writeValueAsString(classification.toJsonTree());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
