package dev.steward.model.classification;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// One question of the questionnaire, as shipped in `questionnaire.json`.
///
/// @param id       stable identifier used as the key in exchanged answer files
/// @param section  heading the wizard groups the question under
/// @param text     the question as a person reads it
/// @param help     guidance shown beside the question
/// @param type     how it is answered
/// @param options  choices for single and multiple choice (empty otherwise; yes/no questions have implicit options)
/// @param showIf   when present, the question is only asked while the condition holds
/// @param required whether the wizard must collect an answer (`unknown` counts as an answer) while it is visible
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Question(
        String id,
        String section,
        String text,
        String help,
        AnswerType type,
        List<AnswerOption> options,
        VisibilityCondition showIf,
        boolean required) {

    private static final List<AnswerOption> YES_NO_UNKNOWN_OPTIONS = List.of(
            new AnswerOption("yes", "Yes"),
            new AnswerOption("no", "No"),
            new AnswerOption("unknown", "Don't know"));

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of " + id);
        section = section == null ? "" : section;
        help = help == null ? "" : help;
        options = options == null ? List.of() : List.copyOf(options);
    }

    /// The options a person chooses from; yes/no/unknown questions get their three fixed options.
    public List<AnswerOption> choices() {
        return type == AnswerType.YES_NO_UNKNOWN ? YES_NO_UNKNOWN_OPTIONS : options;
    }

    /// The option ids an answer may use; empty for free-text questions.
    public List<String> allowedValues() {
        return choices().stream().map(AnswerOption::id).toList();
    }

    /// The condition guarding this question, if it is conditional.
    public Optional<VisibilityCondition> condition() {
        return Optional.ofNullable(showIf);
    }

    /// True when the question is shown for these answers.
    public boolean isVisibleFor(Answers answers) {
        return showIf == null || showIf.isMetBy(answers);
    }
}
