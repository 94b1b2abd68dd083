package dev.steward.model.classification;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;

/// When a conditional question is shown. Exactly one form is used:
///
/// - `{"question": "calls_tools", "equals": "yes"}`
/// - `{"question": "delegated_access", "in": ["write", "admin"]}`
/// - `{"anyOf": [ ...conditions ]}` or `{"allOf": [ ...conditions ]}`
///
/// For a multiple-choice question `equals`/`in` hold when any selected option matches.
/// An unanswered question matches nothing, so conditional questions stay hidden until
/// the answer that makes them relevant is given.
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record VisibilityCondition(
        String question,
        @JsonProperty("equals") String equalTo,
        @JsonProperty("in") List<String> oneOf,
        List<VisibilityCondition> anyOf,
        List<VisibilityCondition> allOf) {

    public VisibilityCondition {
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        allOf = allOf == null ? List.of() : List.copyOf(allOf);
    }

    /// Condition that holds when `question` is answered with `value`.
    public static VisibilityCondition equalTo(String question, String value) {
        return new VisibilityCondition(question, value, null, null, null);
    }

    /// True when the answers make the guarded question relevant.
    public boolean isMetBy(Answers answers) {
        if (!anyOf.isEmpty()) {
            return anyOf.stream().anyMatch(c -> c.isMetBy(answers));
        }
        if (!allOf.isEmpty()) {
            return allOf.stream().allMatch(c -> c.isMetBy(answers));
        }
        List<String> accepted = equalTo != null ? List.of(equalTo) : oneOf;
        return answers.selections(question).stream().anyMatch(accepted::contains);
    }

    /// Every question id this condition reads, including those of nested conditions.
    public List<String> referencedQuestions() {
        List<String> ids = new ArrayList<>();
        if (question != null) {
            ids.add(question);
        }
        anyOf.forEach(c -> ids.addAll(c.referencedQuestions()));
        allOf.forEach(c -> ids.addAll(c.referencedQuestions()));
        return ids;
    }

    /// Every value this condition compares against, so the loader can check they are real options.
    List<String> comparedValues() {
        List<String> values = new ArrayList<>(oneOf);
        if (equalTo != null) {
            values.add(equalTo);
        }
        return values;
    }
}
