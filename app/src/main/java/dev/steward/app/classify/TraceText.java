package dev.steward.app.classify;

import dev.steward.model.classification.AnswerOption;
import dev.steward.model.classification.Question;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RuleFiring;
import dev.steward.app.i18n.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/// The "why" trail and the unresolved questions in words a reviewer reads: question texts and option labels
/// instead of the ids stored in the trace (`credential_autonomy=yes`).
final class TraceText {
    private final Questionnaire questionnaire;

    TraceText(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    String firing(RuleFiring firing) {
        String answers = firing.answerRefs().isEmpty() ? "—"
                : firing.answerRefs().stream().map(this::answer).collect(Collectors.joining("; "));
        return Messages.format("wizard.trace.item", firing.ruleId(), firing.ruleTitle(), answers, firing.effect());
    }

    /// `question_id=value` (a list as `[a, b]`, a missing answer as `(no answer)`) as "question: label".
    String answer(String reference) {
        int eq = reference.indexOf('=');
        if (eq < 0) {
            return reference;
        }
        String id = reference.substring(0, eq);
        String value = reference.substring(eq + 1);
        return questionnaire.question(id)
                .map(q -> q.text() + " " + values(q, value))
                .orElse(reference);
    }

    /// The texts of unanswered key questions, for "undetermined until these are answered".
    String questions(List<String> ids) {
        return ids.stream().map(id -> questionnaire.question(id).map(Question::text).orElse(id))
                .collect(Collectors.joining(" · "));
    }

    private static String values(Question question, String value) {
        if (value.equals("(no answer)")) {
            return Messages.get("wizard.trace.noAnswer");
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            String inner = value.substring(1, value.length() - 1);
            return inner.isBlank() ? Messages.get("wizard.trace.noneTicked") : Arrays.stream(inner.split(", "))
                    .map(v -> label(question, v)).collect(Collectors.joining(", "));
        }
        return label(question, value);
    }

    private static String label(Question question, String optionId) {
        return question.choices().stream().filter(o -> o.id().equals(optionId)).map(AnswerOption::label)
                .findFirst().orElse(optionId);
    }
}
