package dev.steward.model.classification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/// An immutable set of answers keyed by question id.
///
/// Values are strings (yes/no/unknown, single choice, text) or lists of strings (multiple
/// choice), exactly as in a JSON answer file. This class only checks shapes; whether the
/// values fit the questionnaire is {@link Questionnaire#validate(Map)}'s job. A missing
/// answer and `"unknown"` read the same way in every typed accessor.
public final class Answers {
    private static final Answers EMPTY = new Answers(Map.of());

    private final Map<String, Object> values;

    private Answers(Map<String, Object> values) {
        this.values = values;
    }

    /// No answers at all.
    public static Answers empty() {
        return EMPTY;
    }

    /// Answers from a parsed JSON object. `null` values are treated as "not answered".
    ///
    /// @throws IllegalArgumentException if a value is neither a string nor a collection of strings
    public static Answers of(Map<String, ?> raw) {
        Map<String, Object> copy = new LinkedHashMap<>();
        raw.forEach((id, value) -> {
            Objects.requireNonNull(id, "question id");
            if (value != null) {
                copy.put(id, normalise(id, value));
            }
        });
        return new Answers(java.util.Collections.unmodifiableMap(copy));
    }

    private static Object normalise(String id, Object value) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Collection<?> items) {
            for (Object item : items) {
                if (!(item instanceof String)) {
                    throw new IllegalArgumentException(id + ": multiple-choice answers must be strings, got " + item);
                }
            }
            return items.stream().map(String.class::cast).distinct().toList();
        }
        throw new IllegalArgumentException(id + ": an answer must be a string or a list of strings, got " + value);
    }

    /// A copy with one answer set (a string or a collection of strings); `null` removes it.
    public Answers with(String questionId, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(questionId, value);
        return of(copy);
    }

    /// A copy without the answer to `questionId`.
    public Answers without(String questionId) {
        return with(questionId, null);
    }

    /// A read-only view of already normalised values, without copying: for a caller that reads it at once,
    /// while the map does not change (visibility checks while walking the questions).
    static Answers viewOf(Map<String, Object> normalisedValues) {
        return new Answers(java.util.Collections.unmodifiableMap(normalisedValues));
    }

    /// The stored value of one answer (a string or an unmodifiable list of strings), or null.
    Object rawValue(String questionId) {
        return values.get(questionId);
    }

    /// A copy holding only the answers whose question id passes `keep`.
    public Answers retainOnly(Predicate<String> keep) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((id, value) -> {
            if (keep.test(id)) {
                copy.put(id, value);
            }
        });
        return new Answers(java.util.Collections.unmodifiableMap(copy));
    }

    /// True when any value (including `"unknown"` or an empty selection) is stored.
    public boolean isAnswered(String questionId) {
        return values.containsKey(questionId);
    }

    /// True when answered with something other than `"unknown"`.
    public boolean isKnown(String questionId) {
        return isAnswered(questionId) && !"unknown".equals(values.get(questionId));
    }

    /// The string answer of a yes/no, single-choice or text question.
    public Optional<String> value(String questionId) {
        return values.get(questionId) instanceof String text ? Optional.of(text) : Optional.empty();
    }

    /// The answer to a yes/no/unknown question; missing or unrecognised answers read as unknown.
    public YesNo yesNo(String questionId) {
        return value(questionId).flatMap(YesNo::fromAnswer).orElse(YesNo.UNKNOWN);
    }

    /// True when the string answer equals `optionId`.
    public boolean is(String questionId, String optionId) {
        return value(questionId).filter(optionId::equals).isPresent();
    }

    /// True when the string answer is one of `optionIds`.
    public boolean isAnyOf(String questionId, String... optionIds) {
        return value(questionId).filter(List.of(optionIds)::contains).isPresent();
    }

    /// The chosen options: the list of a multiple-choice answer, a one-element list for a
    /// string answer, or an empty list when unanswered.
    public List<String> selections(String questionId) {
        Object value = values.get(questionId);
        if (value instanceof String text) {
            return List.of(text);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String.class::cast).toList();
        }
        return List.of();
    }

    /// True when `optionId` is among the selections.
    public boolean hasSelected(String questionId, String optionId) {
        return selections(questionId).contains(optionId);
    }

    /// The ids of all answered questions, in insertion order.
    public Set<String> questionIds() {
        return values.keySet();
    }

    /// The answers as plain strings and lists, ready for Jackson or for storage.
    public Map<String, Object> asMap() {
        return values;
    }

    /// How the trace shows one answer: `credential_autonomy=yes`, `action_impact=[deploy_code]`,
    /// or `calls_tools=(no answer)`.
    public String reference(String questionId) {
        if (!isAnswered(questionId)) {
            return questionId + "=(no answer)";
        }
        Object value = values.get(questionId);
        return questionId + "=" + (value instanceof List<?> list ? "[" + String.join(", ", selections(questionId)) + "]" : value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}
