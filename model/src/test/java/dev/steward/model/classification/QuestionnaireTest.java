package dev.steward.model.classification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {
    private final Questionnaire questionnaire = Questionnaire.builtIn();

    @Test
    void builtInLoadsWithItsVersion() {
        assertThat(questionnaire.version()).isEqualTo("2026.11-1");
        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(16);
        assertThat(questionnaire.questions()).allSatisfy(q -> {
            assertThat(q.text()).isNotBlank();
            assertThat(q.help()).isNotBlank();
            assertThat(q.section()).isNotBlank();
        });
        assertThat(questionnaire.sections()).startsWith("About the integration", "Identity and credentials");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            authenticates              | YES_NO_UNKNOWN  | yes no unknown
            calls_tools                | YES_NO_UNKNOWN  | yes no unknown
            human_approves_each_action | SINGLE_CHOICE   | yes partial no unknown
            credential_autonomy        | YES_NO_UNKNOWN  | yes no unknown
            delegated_access           | SINGLE_CHOICE   | none read write admin unknown
            acts_unattended            | YES_NO_UNKNOWN  | yes no unknown
            action_impact              | MULTIPLE_CHOICE | draft_text read_data create_records send_external_comms invoke_agents modify_infrastructure deploy_code move_money
            scope_breadth              | SINGLE_CHOICE   | task_scoped standing_broad unknown
            credential_lifetime        | SINGLE_CHOICE   | ephemeral short_lived long_lived unknown
            local_only                 | YES_NO_UNKNOWN  | yes no unknown
            revocation_owner           | YES_NO_UNKNOWN  | yes no unknown
            vendor_managed             | YES_NO_UNKNOWN  | yes no unknown
            secrets_outside_manager    | YES_NO_UNKNOWN  | yes no unknown
            pipeline_role              | SINGLE_CHOICE   | none planner executor verifier other
            independent_tool_access    | YES_NO_UNKNOWN  | yes no unknown
            cross_saas_token_handoff   | YES_NO_UNKNOWN  | yes no unknown
            revocation_path            | TEXT            |
            """)
    void exchangeIdsExistWithTheirAnswerType(String id, AnswerType type, String options) {
        Question question = questionnaire.question(id).orElseThrow();
        assertThat(question.type()).isEqualTo(type);
        List<String> expected = options == null ? List.of() : List.of(options.split(" "));
        assertThat(question.allowedValues()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void conditionalQuestionsStayHiddenUntilRelevant() {
        List<String> initially = ids(questionnaire.visibleQuestions(Answers.empty()));
        assertThat(initially).contains("authenticates", "calls_tools", "delegated_access", "local_only", "pipeline_role")
                .doesNotContain("human_approves_each_action", "scope_breadth", "credential_lifetime",
                        "secrets_outside_manager", "cross_saas_token_handoff", "independent_tool_access", "credential_owner");

        assertThat(visibleWith(Map.of("calls_tools", "yes"))).contains("human_approves_each_action");
        assertThat(visibleWith(Map.of("delegated_access", "admin"))).contains("human_approves_each_action", "scope_breadth",
                "cross_saas_token_handoff");
        assertThat(visibleWith(Map.of("delegated_access", "read"))).contains("scope_breadth")
                .doesNotContain("human_approves_each_action");
        assertThat(visibleWith(Map.of("holds_secrets", "yes"))).contains("credential_lifetime", "secrets_outside_manager");
        assertThat(visibleWith(Map.of("pipeline_role", "executor"))).contains("independent_tool_access");
        assertThat(visibleWith(Map.of("pipeline_role", "none"))).doesNotContain("independent_tool_access");
        assertThat(visibleWith(Map.of("vendor_managed", "yes"))).contains("credential_owner", "revocation_path");
    }

    @Test
    void answersLeftOnHiddenQuestionsAreIgnored() {
        Answers answers = Answers.of(Map.of("calls_tools", "no", "human_approves_each_action", "no", "bogus", "x"));
        assertThat(questionnaire.relevantAnswers(answers).isAnswered("human_approves_each_action")).isFalse();
        assertThat(questionnaire.ignoredAnswers(answers)).containsExactlyInAnyOrder("human_approves_each_action", "bogus");
    }

    @Test
    void missingRequiredListsOnlyVisibleUnansweredQuestions() {
        Answers answers = Answers.of(Map.of("local_only", "unknown", "calls_tools", "yes"));
        List<String> missing = ids(questionnaire.missingRequired(answers));
        assertThat(missing).contains("authenticates", "human_approves_each_action")
                .doesNotContain("local_only", "calls_tools", "scope_breadth", "notes");
    }

    @Test
    void aHiddenAnswerCannotRevealTheQuestionsBehindIt() {
        Questionnaire chained = load("""
                {"version": "t", "questions": [
                  {"id": "a", "text": "A?", "type": "yes_no_unknown"},
                  {"id": "b", "text": "B?", "type": "yes_no_unknown", "showIf": {"question": "a", "equals": "yes"}},
                  {"id": "c", "text": "C?", "type": "text", "showIf": {"question": "b", "equals": "yes"}}]}
                """);
        assertThat(ids(chained.visibleQuestions(Answers.of(Map.of("a", "no", "b", "yes"))))).containsExactly("a");
        assertThat(ids(chained.visibleQuestions(Answers.of(Map.of("a", "yes", "b", "yes"))))).containsExactly("a", "b", "c");
    }

    @Test
    void inconsistentDefinitionsAreRejected() {
        assertThatThrownBy(() -> load("""
                {"version": "t", "questions": [{"id": "a", "text": "A", "type": "text"}, {"id": "a", "text": "A", "type": "text"}]}
                """)).hasMessageContaining("duplicate question id a");
        assertThatThrownBy(() -> load("""
                {"version": "t", "questions": [
                  {"id": "a", "text": "A", "type": "text", "showIf": {"question": "b", "equals": "yes"}},
                  {"id": "b", "text": "B", "type": "yes_no_unknown"}]}
                """)).hasMessageContaining("not an earlier question");
        assertThatThrownBy(() -> load("""
                {"version": "t", "questions": [
                  {"id": "a", "text": "A", "type": "yes_no_unknown"},
                  {"id": "b", "text": "B", "type": "text", "showIf": {"question": "a", "equals": "perhaps"}}]}
                """)).hasMessageContaining("perhaps");
        assertThatThrownBy(() -> load("""
                {"version": "t", "questions": [{"id": "a", "text": "A", "type": "single_choice", "options": []}]}
                """)).hasMessageContaining("at least two options");
        assertThatThrownBy(() -> load("""
                {"questions": [{"id": "a", "text": "A", "type": "text"}]}
                """)).hasMessageContaining("no version");
    }

    private List<String> visibleWith(Map<String, Object> raw) {
        return ids(questionnaire.visibleQuestions(Answers.of(raw)));
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }

    private static Questionnaire load(String json) {
        return Questionnaire.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
