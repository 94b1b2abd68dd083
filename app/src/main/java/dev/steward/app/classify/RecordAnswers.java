package dev.steward.app.classify;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.QuestionIds;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/// Answers the register record already holds, so the wizard does not ask for them again: the kind, whether it
/// holds secrets (it has recorded credentials), whether a named person can revoke it (its revocation path says
/// who may use the switch) and its pipeline role. Earlier answers always win: they are what a person chose.
final class RecordAnswers {
    private RecordAnswers() {
    }

    /// `previous` on top of what the record says.
    static Answers startingFrom(Integration integration, Answers previous) {
        Map<String, Object> merged = new LinkedHashMap<>(of(integration).asMap());
        merged.putAll(previous.asMap());
        return Answers.of(merged);
    }

    static Answers of(Integration integration) {
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put(QuestionIds.INTEGRATION_KIND, kind(integration.kind()));
        if (!integration.credentials().isEmpty()) {
            raw.put(QuestionIds.HOLDS_SECRETS, "yes");
        }
        raw.put(QuestionIds.REVOCATION_OWNER, integration.revocation().isDefined() ? "yes" : "no");
        if (integration.pipelineRole() != null) {
            raw.put(QuestionIds.PIPELINE_ROLE, integration.pipelineRole().name().toLowerCase(Locale.ROOT));
        } else if (integration.kind() != IntegrationKind.PIPELINE_COMPONENT) {
            raw.put(QuestionIds.PIPELINE_ROLE, "none");
        }
        return Answers.of(raw);
    }

    private static String kind(IntegrationKind kind) {
        return switch (kind) {
            case ASSISTANT_COPILOT -> "assistant";
            case AUTONOMOUS_AGENT -> "agent";
            case PIPELINE_COMPONENT -> "pipeline_component";
            case MCP_SERVER -> "mcp_server";
            case WORKFLOW_AUTOMATION -> "workflow_engine";
            case GENAI_PLUGIN_SAAS, LOCAL_MODEL -> "other";
        };
    }
}
