package dev.steward.model.classification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationJsonTest {
    @Test
    void theJsonTreeCarriesVerdictTierControlsAndTrace() throws Exception {
        Answers answers = Answers.of(Map.of(
                "local_only", "no", "authenticates", "yes", "credential_autonomy", "yes", "calls_tools", "yes",
                "human_approves_each_action", "no", "acts_unattended", "yes", "delegated_access", "write",
                "action_impact", List.of("move_money"), "bogus_question", "x"));
        Classification classification = ClassificationEngine.classify(answers);

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(classification.toJsonTree()));

        assertThat(json.get("questionnaireVersion").asText()).isEqualTo("2026.11-1");
        assertThat(json.get("verdict").asText()).isEqualTo("NHI");
        assertThat(json.get("autonomyLevel").asText()).isEqualTo("A4_AUTONOMOUS");
        assertThat(json.get("riskTier").asText()).isEqualTo("CRITICAL");
        JsonNode firstControl = json.get("requiredControls").get(0);
        assertThat(firstControl.get("code").asText()).isEqualTo("STW-01");
        assertThat(firstControl.get("title").asText()).isEqualTo(ControlId.REGISTERED_OWNER_SPONSOR.title());
        JsonNode firstRule = json.get("trace").get(0);
        assertThat(firstRule.get("rule").asText()).isEqualTo("R01-credential-autonomy");
        assertThat(firstRule.get("title").asText()).isNotBlank();
        assertThat(firstRule.get("answers").get(0).asText()).isEqualTo("credential_autonomy=yes");
        assertThat(firstRule.get("effect").asText()).contains("verdict Non-human identity").contains("STW-03");
        assertThat(json.get("ignoredAnswers").get(0).asText()).isEqualTo("bogus_question");
    }

    @Test
    void ruleCatalogueListsEveryRuleOnceInOrder() {
        List<String> ids = ClassificationEngine.rules().stream().map(RuleInfo::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(30);
        assertThat(ids.getFirst()).isEqualTo("R01-credential-autonomy");
        assertThat(ids.getLast()).isEqualTo("R30-compounding-exposure");
        assertThat(ids).allMatch(id -> id.matches("R\\d\\d-[a-z-]+"));
    }

    @Test
    void controlCodesAreStableAndUnique() {
        assertThat(ControlId.values()).hasSize(14);
        assertThat(ControlId.fromCode("STW-14")).contains(ControlId.VENDOR_CREDENTIAL_OWNERSHIP);
        assertThat(List.of(ControlId.values()).stream().map(ControlId::code).distinct()).hasSize(14);
    }
}
