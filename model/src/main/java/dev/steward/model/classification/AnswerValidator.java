package dev.steward.model.classification;

import dev.steward.model.classification.AnswerProblem.Kind;
import dev.steward.model.validation.FreeText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Checks a raw answer map (as parsed from JSON) against a questionnaire, collecting every problem.
final class AnswerValidator {
    private final Questionnaire questionnaire;

    AnswerValidator(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
    }

    List<AnswerProblem> validate(Map<String, ?> raw) {
        List<AnswerProblem> problems = new ArrayList<>();
        raw.forEach((id, value) -> {
            if (value == null) {
                return; // null means "not answered", which is always allowed
            }
            questionnaire.question(id).ifPresentOrElse(
                    question -> checkValue(question, value, problems),
                    () -> problems.add(new AnswerProblem(id, Kind.UNKNOWN_QUESTION, unknownQuestionMessage(id))));
        });
        return List.copyOf(problems);
    }

    private String unknownQuestionMessage(String id) {
        String message = "unknown question id \"" + id + "\" in questionnaire " + questionnaire.version();
        return closestQuestionId(id).map(guess -> message + "; did you mean \"" + guess + "\"?").orElse(message);
    }

    private void checkValue(Question question, Object value, List<AnswerProblem> problems) {
        String id = question.id();
        switch (question.type()) {
            case TEXT -> {
                if (value instanceof String text) {
                    checkText(question, text, problems);
                } else {
                    problems.add(wrongType(id, "a text string", value));
                }
            }
            case YES_NO_UNKNOWN, SINGLE_CHOICE -> {
                if (value instanceof String text) {
                    checkOption(question, text, problems);
                } else {
                    problems.add(wrongType(id, "one string, one of " + String.join(", ", question.allowedValues()), value));
                }
            }
            case MULTIPLE_CHOICE -> {
                if (value instanceof Collection<?> items) {
                    checkSelections(question, items, problems);
                } else {
                    problems.add(wrongType(id, "a list of option ids from " + String.join(", ", question.allowedValues()), value));
                }
            }
        }
    }

    /// Free text reaches storage and the signed snapshot: the length limit first, then the secret check that
    /// every other free-text field passes.
    private static void checkText(Question question, String text, List<AnswerProblem> problems) {
        FreeText.problem(question.id(), "The answer to \u201c" + question.text() + "\u201d", text,
                Questionnaire.MAX_TEXT_ANSWER_LENGTH).ifPresent(problem -> problems.add(new AnswerProblem(
                question.id(), text.codePointCount(0, text.length()) > Questionnaire.MAX_TEXT_ANSWER_LENGTH ? Kind.TOO_LONG
                : Kind.LOOKS_LIKE_SECRET, problem.message())));
    }

    private void checkSelections(Question question, Collection<?> items, List<AnswerProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (Object item : items) {
            if (!(item instanceof String text)) {
                problems.add(wrongType(question.id(), "only strings in the list", item));
            } else if (!seen.add(text)) {
                problems.add(new AnswerProblem(question.id(), Kind.DUPLICATE_OPTION, "option \"" + text + "\" is listed twice"));
            } else {
                checkOption(question, text, problems);
            }
        }
    }

    private static void checkOption(Question question, String text, List<AnswerProblem> problems) {
        if (!question.allowedValues().contains(text)) {
            problems.add(new AnswerProblem(question.id(), Kind.UNKNOWN_OPTION,
                    "expected one of " + String.join(", ", question.allowedValues()) + " but got \"" + text + "\""));
        }
    }

    private static AnswerProblem wrongType(String id, String expected, Object actual) {
        return new AnswerProblem(id, Kind.WRONG_TYPE, "expected " + expected + " but got " + describe(actual));
    }

    private static String describe(Object value) {
        if (value instanceof String text) {
            return "the string \"" + text + "\"";
        }
        if (value instanceof Collection<?>) {
            return "a list " + value;
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return value instanceof Boolean || value instanceof Number ? "the value " + value : "a " + value.getClass().getSimpleName();
    }

    /// A known id within a small edit distance of a misspelt one, to make CLI errors actionable.
    private java.util.Optional<String> closestQuestionId(String id) {
        String best = null;
        int bestDistance = 4;
        for (Question question : questionnaire.questions()) {
            int distance = editDistance(id, question.id());
            if (distance < bestDistance) {
                best = question.id();
                bestDistance = distance;
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        return dev.steward.model.validation.EditDistance.between(a, b);
    }
}
