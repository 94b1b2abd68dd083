package dev.steward.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.RuleFiring;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/// The text forms of the classification columns that hold more than one value: answers and trace as JSON,
/// control codes comma separated and escalation reasons one per line.
public final class ClassificationColumns {
    // Trace entries follow the model's JSON format, which may gain fields but never renames them: ignore
    // unknown fields so that rows written by a newer Steward still read.
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<LinkedHashMap<String, Object>> ANSWER_MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<TraceEntry>> TRACE = new TypeReference<>() {
    };

    /// One trace element as {@link Classification#toJsonTree()} writes it.
    private record TraceEntry(String rule, String title, List<String> answers, String effect) {
    }

    private ClassificationColumns() {
    }

    static String answersToJson(Answers answers) {
        return write(answers.asMap());
    }

    /// A LinkedHashMap keeps the answers in the order they were given.
    static Answers answersFromJson(String json) {
        return Answers.of(read(json, ANSWER_MAP, "answers"));
    }

    static String traceToJson(Classification classification) {
        return write(classification.toJsonTree().get("trace"));
    }

    static List<RuleFiring> traceFromJson(String json) {
        return read(json, TRACE, "trace").stream()
                .map(e -> new RuleFiring(e.rule(), e.title(), e.answers() == null ? List.of() : e.answers(),
                        e.effect()))
                .toList();
    }

    /// {@code null} when there are none, so that "no controls" reads the same in every database.
    static String controlCodes(List<ControlId> controls) {
        return controls.isEmpty() ? null : controls.stream().map(ControlId::code).collect(Collectors.joining(","));
    }

    /// Codes are stable by the model's contract, so an unknown one means the row is damaged: fail loudly rather
    /// than silently drop a control that was required.
    static List<ControlId> controlsFromCodes(String codes) {
        if (codes == null || codes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(codes.split(","))
                .map(String::trim)
                .map(code -> ControlId.fromCode(code).orElseThrow(() -> new IllegalStateException(
                        "Stored classification names an unknown control code: " + code)))
                .toList();
    }

    static String reasonsText(List<String> reasons) {
        return reasons.isEmpty() ? null : String.join("\n", reasons);
    }

    static List<String> reasonsFromText(String text) {
        return text == null || text.isBlank() ? List.of() : text.lines().toList();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            // Only maps, lists and strings are written, so this cannot happen short of a Jackson bug.
            throw new IllegalStateException("Cannot write classification JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type, String column) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored classification has unreadable " + column + ": "
                    + e.getOriginalMessage(), e);
        }
    }
}
