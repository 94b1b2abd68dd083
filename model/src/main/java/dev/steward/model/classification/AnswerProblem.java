package dev.steward.model.classification;

/// One thing wrong with a submitted answer set: which question, what kind of problem and a
/// message that says what was expected, e.g.
/// `calls_tools: expected one of yes, no, unknown but got "maybe"`.
public record AnswerProblem(String questionId, Kind kind, String message) {

    /// The categories of problem, so a CLI or UI can react without parsing messages.
    public enum Kind {
        /// The id is not a question of this questionnaire version.
        UNKNOWN_QUESTION,
        /// The JSON shape is wrong: a list where a string belongs, a number, and so on.
        WRONG_TYPE,
        /// A string that is not one of the question's options.
        UNKNOWN_OPTION,
        /// The same option appears twice in a multiple-choice answer.
        DUPLICATE_OPTION,
        /// A text answer longer than {@link Questionnaire#MAX_TEXT_ANSWER_LENGTH}.
        TOO_LONG,
        /// A text answer that looks like credential material (see {@link dev.steward.model.validation.SecretDetector}).
        LOOKS_LIKE_SECRET
    }

    @Override
    public String toString() {
        return questionId + ": " + message;
    }
}
