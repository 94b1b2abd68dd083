package dev.steward.testing;

import dev.steward.model.sample.SampleAnswers;

import dev.steward.model.classification.Answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Realistic answer sets for the built-in questionnaire, shaped like the model's scenario tests.
public final class TestAnswers {
    private TestAnswers() {
    }

    /// A drafting copilot with its own short-lived identity and read-only, task-scoped access:
    /// NHI, A1_ASSISTIVE, LOW.
    public static Map<String, Object> readOnlyCopilot() {
        Map<String, Object> raw = SampleAnswers.readOnlyCopilot();
        // non-ASCII free text, so storage round trips are tested with it
        raw.put("notes", "Zoë's team in Kraków — 東京 pilot");
        return raw;
    }

    /// The same copilot after it gained write access and creates records with only partial approval:
    /// NHI, A3_CONDITIONAL, HIGH.
    public static Map<String, Object> writingAgent() {
        Map<String, Object> raw = SampleAnswers.writingAgent();
        raw.put("notes", readOnlyCopilot().get("notes"));
        return raw;
    }

    public static Answers of(Map<String, Object> raw) {
        return Answers.of(raw);
    }

    public static Answers with(Map<String, Object> raw, String questionId, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(raw);
        copy.put(questionId, value);
        return Answers.of(copy);
    }
}
