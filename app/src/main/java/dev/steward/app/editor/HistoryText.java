package dev.steward.app.editor;

import dev.steward.app.i18n.FieldLabels;
import dev.steward.app.i18n.Messages;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// How an audit event reads in the History tab. The log stores field paths, action codes and enum constants
/// (they are hashed into its chain and must never change); the tab shows field labels, actions in words and
/// each constant by its display name ("AUTONOMOUS_AGENT" reads "Autonomous agent", "Jira (MCP_SERVER)" reads
/// "Jira (MCP server)").
final class HistoryText {
    /// Which enums a field's values name; a constant outside them (or typed by a user) is left as it is.
    private static final Map<String, List<Class<? extends Enum<?>>>> ENUMS_OF_FIELD = Map.ofEntries(
            Map.entry("kind", List.of(IntegrationKind.class)),
            Map.entry("pipelineRole", List.of(PipelineRole.class)),
            Map.entry("status", List.of(LifecycleStatus.class)),
            Map.entry("environments", List.of(DeploymentEnvironment.class)),
            Map.entry("revocation.lastResult", List.of(RevocationTestResult.class)),
            Map.entry("dataAccess", List.of(AccessLevel.class)),
            Map.entry("tools", List.of(ToolType.class)),
            Map.entry("agentLinks", List.of(LinkDirection.class)),
            Map.entry("credentials", List.of(CredentialType.class, SecretStorage.class)),
            Map.entry("classification", List.of(NhiVerdict.class, AutonomyLevel.class, RiskTier.class)));

    private HistoryText() {
    }

    static String action(String code) {
        if (code == null) {
            return "";
        }
        String key = "history.action." + code;
        return Messages.bundle().containsKey(key) ? Messages.get(key) : FieldLabels.of(code.toLowerCase(java.util.Locale.ROOT));
    }

    static String field(String path) {
        return FieldLabels.of(path);
    }

    /// @param field the event's field path; decides which constants the value may name
    static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        if ("hasLeft".equals(field) && ("true".equals(value) || "false".equals(value))) {
            return Messages.get("history.value." + value);
        }
        List<Class<? extends Enum<?>>> enums = ENUMS_OF_FIELD.get(field);
        return enums == null ? value : replaceConstants(value, labels(enums));
    }

    private static Map<String, String> labels(List<Class<? extends Enum<?>>> enums) {
        Map<String, String> labels = new HashMap<>();
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                labels.put(constant.name(), Messages.label(constant));
            }
        }
        return labels;
    }

    /// Replaces each whole word made of capitals, digits and underscores that names a constant; one pass.
    private static String replaceConstants(String text, Map<String, String> labels) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isConstantChar(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                boolean whole = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                String word = text.substring(i, end);
                out.append(whole ? labels.getOrDefault(word, word) : word);
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isConstantChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
