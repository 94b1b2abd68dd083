package dev.steward.model.classification;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationTest {
    private static final Map<String, Object> READ_ONLY = answers(
            "local_only=no", "authenticates=yes", "holds_secrets=no", "credential_autonomy=no",
            "credential_lifetime=short_lived", "secrets_outside_manager=no", "cross_saas_token_handoff=no",
            "delegated_access=read", "scope_breadth=task_scoped", "calls_tools=no", "acts_unattended=no",
            "revocation_owner=yes", "vendor_managed=no", "pipeline_role=none");

    @Test
    void readOnlyGainingWriteIsAnEscalation() {
        Classification before = classify(READ_ONLY);
        Map<String, Object> withWrite = new LinkedHashMap<>(READ_ONLY);
        withWrite.put("delegated_access", "write");
        withWrite.put("human_approves_each_action", "yes");
        Classification after = classify(withWrite);

        assertThat(after.isEscalationFrom(before)).isTrue();
        assertThat(after.escalationReasons(before)).contains("delegated access widened from read only to read and write");
        assertThat(before.isEscalationFrom(after)).as("narrowing is not an escalation").isFalse();
    }

    @Test
    void gainingAnActionIsAnEscalationEvenAtTheSameTier() {
        Map<String, Object> reading = new LinkedHashMap<>(READ_ONLY);
        reading.put("action_impact", List.of("read_data"));
        Map<String, Object> drafting = new LinkedHashMap<>(reading);
        drafting.put("action_impact", List.of("read_data", "draft_text"));
        Classification before = classify(reading);
        Classification after = classify(drafting);

        assertThat(after.riskTier()).isEqualTo(before.riskTier());
        assertThat(after.escalationReasons(before)).containsExactly("gained actions draft text");
    }

    @Test
    void becomingAnNhiIsAnEscalation() {
        Map<String, Object> local = answers("local_only=yes", "authenticates=no", "holds_secrets=no",
                "credential_autonomy=no", "delegated_access=none", "calls_tools=no");
        Map<String, Object> withTool = new LinkedHashMap<>(local);
        withTool.put("calls_tools", "yes");
        withTool.put("human_approves_each_action", "no");
        Classification before = classify(local);
        Classification after = classify(withTool);

        assertThat(before.verdict()).isEqualTo(NhiVerdict.NOT_NHI);
        assertThat(after.verdict()).isEqualTo(NhiVerdict.NHI);
        assertThat(after.escalationReasons(before)).contains("verdict went from Not a non-human identity to Non-human identity",
                "autonomy rose from A0 None to A4 Autonomous");
        assertThat(classify(Map.of("authenticates", "yes")).isEscalationFrom(classify(Map.of()))).isTrue();
    }

    @Test
    void anUnchangedClassificationIsNoEscalation() {
        assertThat(classify(READ_ONLY).isEscalationFrom(classify(READ_ONLY))).isFalse();
    }

    private static Classification classify(Map<String, Object> raw) {
        return ClassificationEngine.classify(Questionnaire.builtIn(), Answers.of(raw));
    }

    private static Map<String, Object> answers(String... entries) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split("=", 2);
            raw.put(parts[0], parts[1]);
        }
        return raw;
    }
}
