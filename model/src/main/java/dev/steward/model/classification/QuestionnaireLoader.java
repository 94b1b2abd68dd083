package dev.steward.model.classification;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Reads a questionnaire definition with Jackson and rejects definitions the engine could
/// misread: duplicate ids, missing options, or conditions pointing at later or unknown questions.
final class QuestionnaireLoader {
    /// The JSON document shape; kept separate so {@link Questionnaire} can stay a plain class.
    record Document(String version, String title, List<Question> questions) {
    }

    // Unknown properties stay fatal (Jackson's default) so a typo in the definition fails loudly;
    // an omitted "required" simply means false.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QuestionnaireLoader() {
    }

    static Questionnaire load(InputStream json) {
        try {
            Document document = MAPPER.readValue(json, Document.class);
            check(document);
            return new Questionnaire(document.version(), document.title(), document.questions());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read questionnaire definition: " + e.getMessage(), e);
        }
    }

    private static void check(Document document) {
        require(document.version() != null && !document.version().isBlank(), "the questionnaire has no version");
        require(document.questions() != null && !document.questions().isEmpty(), "the questionnaire has no questions");
        Map<String, Question> earlier = new HashMap<>();
        for (Question question : document.questions()) {
            require(!earlier.containsKey(question.id()), "duplicate question id " + question.id());
            checkOptions(question);
            question.condition().ifPresent(condition -> checkCondition(question.id(), condition, earlier));
            earlier.put(question.id(), question);
        }
    }

    private static void checkOptions(Question question) {
        boolean needsOptions = question.type() == AnswerType.SINGLE_CHOICE || question.type() == AnswerType.MULTIPLE_CHOICE;
        if (needsOptions) {
            require(question.options().size() >= 2, question.id() + " needs at least two options");
            Set<String> ids = new HashSet<>();
            question.options().forEach(o -> require(ids.add(o.id()), question.id() + " repeats option " + o.id()));
        } else {
            require(question.options().isEmpty(), question.id() + " is " + question.type().jsonName() + " and must not list options");
        }
    }

    /// Conditions may only look back, so one pass in questionnaire order settles visibility.
    private static void checkCondition(String owner, VisibilityCondition condition, Map<String, Question> earlier) {
        int forms = (condition.question() != null ? 1 : 0) + (condition.anyOf().isEmpty() ? 0 : 1) + (condition.allOf().isEmpty() ? 0 : 1);
        require(forms == 1, owner + ": a showIf needs exactly one of question, anyOf, allOf");
        if (condition.question() == null) {
            condition.anyOf().forEach(c -> checkCondition(owner, c, earlier));
            condition.allOf().forEach(c -> checkCondition(owner, c, earlier));
            return;
        }
        Question target = earlier.get(condition.question());
        require(target != null, owner + ": showIf refers to " + condition.question() + ", which is not an earlier question");
        List<String> compared = condition.comparedValues();
        require(!compared.isEmpty() && (condition.equalTo() == null || condition.oneOf().isEmpty()),
                owner + ": showIf on " + target.id() + " needs either equals or in");
        compared.forEach(value -> require(target.allowedValues().contains(value),
                owner + ": showIf compares " + target.id() + " with " + value + ", which is not one of its options"));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("invalid questionnaire definition: " + message);
        }
    }
}
