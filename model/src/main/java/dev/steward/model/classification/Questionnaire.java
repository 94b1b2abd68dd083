package dev.steward.model.classification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// A versioned questionnaire: the questions, their order and when each is relevant.
///
/// The built-in definition ships as `questionnaire.json` next to this class. Answers are
/// exchanged as a JSON object of question id to answer; {@link #validate(Map)} checks such an
/// object and {@link #parseAnswers(Map)} turns it into {@link Answers}.
public final class Questionnaire {
    /// Most characters a text answer may have: it is stored with the classification and frozen into signed
    /// snapshots, like the other free-text fields of the register (see {@link dev.steward.model.validation.FreeText}).
    public static final int MAX_TEXT_ANSWER_LENGTH = 4000;
    private static final String BUILT_IN_RESOURCE = "questionnaire.json";

    private final String version;
    private final String title;
    private final List<Question> questions;
    private final Map<String, Question> byId = new LinkedHashMap<>();

    Questionnaire(String version, String title, List<Question> questions) {
        this.version = version;
        this.title = title == null ? "" : title;
        this.questions = List.copyOf(questions);
        this.questions.forEach(q -> byId.put(q.id(), q));
    }

    private static final class BuiltIn {
        // holder idiom: parsed once, on first use
        static final Questionnaire INSTANCE = loadResource();

        private static Questionnaire loadResource() {
            try (InputStream in = Questionnaire.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("built-in questionnaire resource is missing: " + BUILT_IN_RESOURCE);
                }
                return QuestionnaireLoader.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /// The questionnaire shipped with Steward.
    public static Questionnaire builtIn() {
        return BuiltIn.INSTANCE;
    }

    /// Reads a questionnaire definition in the same JSON format as the built-in one.
    ///
    /// @throws IllegalStateException if the definition is inconsistent (duplicate ids, bad conditions)
    /// @throws UncheckedIOException  if the JSON cannot be read
    public static Questionnaire load(InputStream json) {
        return QuestionnaireLoader.load(json);
    }

    /// Version string such as `2026.11-1`; store it with every classification.
    public String version() {
        return version;
    }

    public String title() {
        return title;
    }

    /// All questions in display order, visible or not.
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /// Section headings in the order they first appear.
    public List<String> sections() {
        Set<String> sections = new LinkedHashSet<>();
        questions.forEach(q -> sections.add(q.section()));
        return List.copyOf(sections);
    }

    /// The questions to ask for these answers, in order. A question counts as visible only if
    /// its condition holds on the answers to questions that are themselves visible, so answers
    /// left behind on a question that was hidden again cannot reveal further questions.
    public List<Question> visibleQuestions(Answers answers) {
        List<Question> visible = new ArrayList<>();
        // answers to the visible questions so far, grown in place: the classification runs this on every answer
        Map<String, Object> visibleAnswers = new LinkedHashMap<>();
        Answers considered = Answers.viewOf(visibleAnswers);
        for (Question question : questions) {
            if (question.isVisibleFor(considered)) {
                visible.add(question);
                Object value = answers.rawValue(question.id());
                if (value != null) {
                    visibleAnswers.put(question.id(), value);
                }
            }
        }
        return List.copyOf(visible);
    }

    /// The answers the classification uses: those to visible questions of this questionnaire.
    public Answers relevantAnswers(Answers answers) {
        Set<String> visibleIds = new LinkedHashSet<>();
        visibleQuestions(answers).forEach(q -> visibleIds.add(q.id()));
        return answers.retainOnly(visibleIds::contains);
    }

    /// Ids that were answered but are ignored: unknown to this questionnaire or currently hidden.
    public List<String> ignoredAnswers(Answers answers) {
        return ignoredAnswers(answers, relevantAnswers(answers));
    }

    /// As {@link #ignoredAnswers(Answers)} when {@link #relevantAnswers(Answers)} is at hand already.
    List<String> ignoredAnswers(Answers answers, Answers relevant) {
        return answers.questionIds().stream().filter(id -> !relevant.isAnswered(id)).toList();
    }

    /// Visible required questions that have no answer yet (`unknown` counts as an answer).
    public List<Question> missingRequired(Answers answers) {
        return visibleQuestions(answers).stream()
                .filter(q -> q.required() && !answers.isAnswered(q.id()))
                .toList();
    }

    /// Every problem in a raw answer object: unknown question ids, wrong JSON shapes, values that
    /// are not options. An empty list means {@link #parseAnswers(Map)} will succeed.
    /// Answers to currently hidden questions are not problems; they are simply ignored.
    public List<AnswerProblem> validate(Map<String, ?> raw) {
        return new AnswerValidator(this).validate(raw);
    }

    /// Validated answers from a raw answer object.
    ///
    /// @throws InvalidAnswersException listing every problem when {@link #validate(Map)} finds any
    public Answers parseAnswers(Map<String, ?> raw) {
        List<AnswerProblem> problems = validate(raw);
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(version, problems);
        }
        return Answers.of(raw);
    }

    @Override
    public String toString() {
        return "Questionnaire " + version + " (" + questions.size() + " questions)";
    }
}
