package dev.steward.model.classification;

import java.util.List;
import java.util.stream.Collectors;

/// Thrown by {@link Questionnaire#parseAnswers(java.util.Map)} when an answer set does not fit
/// the questionnaire; carries every problem found, not just the first.
public class InvalidAnswersException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<AnswerProblem> problems;

    public InvalidAnswersException(String questionnaireVersion, List<AnswerProblem> problems) {
        super(problems.size() + " invalid answer(s) for questionnaire " + questionnaireVersion + ":"
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    /// The problems, in the order of the submitted answers.
    public List<AnswerProblem> problems() {
        return problems;
    }
}
