package dev.steward.model.sample;

import dev.steward.model.classification.Answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Ready-made questionnaire answers for demos, tests and the documentation: two common shapes of integration.
public final class SampleAnswers {
    private SampleAnswers() {
    }

    /// A drafts-only copilot with read access and a named revocation owner: an NHI at low autonomy.
    public static Map<String, Object> readOnlyCopilot() {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("integration_kind", "assistant");
        raw.put("local_only", "no");
        raw.put("authenticates", "yes");
        raw.put("holds_secrets", "no");
        raw.put("credential_autonomy", "no");
        raw.put("credential_lifetime", "short_lived");
        raw.put("secrets_outside_manager", "no");
        raw.put("delegated_access", "read");
        raw.put("scope_breadth", "task_scoped");
        raw.put("calls_tools", "no");
        raw.put("action_impact", List.of("draft_text", "read_data"));
        raw.put("acts_unattended", "no");
        raw.put("cross_saas_token_handoff", "no");
        raw.put("pipeline_role", "none");
        raw.put("revocation_owner", "yes");
        raw.put("vendor_managed", "no");
        return raw;
    }

    /// The same copilot after it gained write access and creates records with only partial approval.
    public static Map<String, Object> writingAgent() {
        Map<String, Object> raw = readOnlyCopilot();
        raw.put("delegated_access", "write");
        raw.put("calls_tools", "yes");
        raw.put("human_approves_each_action", "partial");
        raw.put("action_impact", List.of("draft_text", "read_data", "create_records"));
        return raw;
    }

    public static Answers answers(Map<String, Object> raw) {
        return Answers.of(raw);
    }
}
