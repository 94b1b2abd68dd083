package dev.steward.model.classification;

import dev.steward.model.classification.AnswerProblem.Kind;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswerValidationTest {
    private final Questionnaire questionnaire = Questionnaire.builtIn();

    @Test
    void aWellFormedAnswerSetHasNoProblems() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("authenticates", "yes");
        raw.put("human_approves_each_action", "partial");
        raw.put("action_impact", List.of("read_data", "move_money"));
        raw.put("revocation_path", "Okta admin console, owner: J. Doe");
        raw.put("notes", null);
        assertThat(questionnaire.validate(raw)).isEmpty();
        assertThat(questionnaire.parseAnswers(raw).hasSelected("action_impact", "move_money")).isTrue();
    }

    @Test
    void unknownIdsAreNamedWithASuggestion() {
        List<AnswerProblem> problems = questionnaire.validate(Map.of("autenticates", "yes"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.questionId()).isEqualTo("autenticates");
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_QUESTION);
            assertThat(p.message()).contains("2026.11-1").contains("did you mean \"authenticates\"");
        });
        assertThat(questionnaire.validate(Map.of("favourite_colour", "blue")).getFirst().message())
                .doesNotContain("did you mean");
    }

    @Test
    void aListForAYesNoQuestionIsTheWrongType() {
        AnswerProblem problem = questionnaire.validate(Map.of("calls_tools", List.of("yes"))).getFirst();
        assertThat(problem.kind()).isEqualTo(Kind.WRONG_TYPE);
        assertThat(problem.toString()).isEqualTo("calls_tools: expected one string, one of yes, no, unknown but got a list [yes]");
    }

    @Test
    void aStringOutsideTheOptionsIsReported() {
        AnswerProblem problem = questionnaire.validate(Map.of("delegated_access", "superuser")).getFirst();
        assertThat(problem.kind()).isEqualTo(Kind.UNKNOWN_OPTION);
        assertThat(problem.message()).isEqualTo("expected one of none, read, write, admin, unknown but got \"superuser\"");
        assertThat(questionnaire.validate(Map.of("local_only", "Yes")).getFirst().kind()).isEqualTo(Kind.UNKNOWN_OPTION);
    }

    @Test
    void multipleChoiceNeedsAListOfDistinctKnownOptions() {
        assertThat(questionnaire.validate(Map.of("action_impact", "move_money")).getFirst())
                .satisfies(p -> assertThat(p.kind()).isEqualTo(Kind.WRONG_TYPE))
                .satisfies(p -> assertThat(p.message()).startsWith("expected a list of option ids from draft_text"));
        assertThat(questionnaire.validate(Map.of("action_impact", List.of("move_money", "move_money"))))
                .extracting(AnswerProblem::kind).containsExactly(Kind.DUPLICATE_OPTION);
        assertThat(questionnaire.validate(Map.of("action_impact", List.of("launch_rockets", 7))))
                .extracting(AnswerProblem::kind).containsExactly(Kind.UNKNOWN_OPTION, Kind.WRONG_TYPE);
        assertThat(questionnaire.validate(Map.of("action_impact", List.of()))).isEmpty();
    }

    @Test
    void booleansNumbersAndObjectsAreWrongTypes() {
        assertThat(questionnaire.validate(Map.of("authenticates", true)).getFirst().message()).endsWith("but got the value true");
        assertThat(questionnaire.validate(Map.of("notes", 42)).getFirst().message())
                .isEqualTo("expected a text string but got the value 42");
        assertThat(questionnaire.validate(Map.of("pipeline_role", Map.of("role", "planner"))).getFirst().message())
                .endsWith("but got an object");
    }

    @Test
    void parseAnswersReportsEveryProblemAtOnce() {
        Map<String, Object> raw = Map.of("autenticates", "yes", "calls_tools", "maybe");
        assertThatThrownBy(() -> questionnaire.parseAnswers(raw))
                .isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).startsWith("2 invalid answer(s) for questionnaire 2026.11-1:")
                            .contains("calls_tools: expected one of yes, no, unknown but got \"maybe\"");
                });
    }
}
