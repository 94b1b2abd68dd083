package dev.steward.model.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// How dangerous each answer is, per question, for the monotonicity property. Higher rank means
/// more dangerous. A missing answer ranks like "unknown" (or like "none" for pipeline_role),
/// because the engine reads them the same way. Questions without an entry (text, the
/// informational integration_kind) have no order and are never "made more dangerous". Nor has
/// pipeline_role: being a pipeline component is not more dangerous in itself, it only decides whose
/// identity governs the component, and the danger lies in independent_tool_access (a component
/// without tools, credentials or access of its own acts under its orchestrator's identity, R29).
final class DangerOrder {
    private static final Map<String, Integer> YES_IS_DANGEROUS = Map.of("no", 0, "unknown", 1, "yes", 2);
    private static final Map<String, Integer> NO_IS_DANGEROUS = Map.of("yes", 0, "unknown", 1, "no", 2);

    static final Map<String, Map<String, Integer>> RANKS = Map.ofEntries(
            Map.entry("local_only", NO_IS_DANGEROUS),
            Map.entry("revocation_owner", NO_IS_DANGEROUS),
            Map.entry("authenticates", YES_IS_DANGEROUS),
            Map.entry("holds_secrets", YES_IS_DANGEROUS),
            Map.entry("credential_autonomy", YES_IS_DANGEROUS),
            Map.entry("secrets_outside_manager", YES_IS_DANGEROUS),
            Map.entry("calls_tools", YES_IS_DANGEROUS),
            Map.entry("acts_unattended", YES_IS_DANGEROUS),
            Map.entry("cross_saas_token_handoff", YES_IS_DANGEROUS),
            Map.entry("independent_tool_access", YES_IS_DANGEROUS),
            Map.entry("vendor_managed", YES_IS_DANGEROUS),
            Map.entry("credential_lifetime", Map.of("ephemeral", 0, "short_lived", 1, "unknown", 2, "long_lived", 3)),
            Map.entry("delegated_access", Map.of("none", 0, "unknown", 1, "read", 2, "write", 3, "admin", 4)),
            Map.entry("scope_breadth", Map.of("task_scoped", 0, "unknown", 1, "standing_broad", 2)),
            Map.entry("human_approves_each_action", Map.of("yes", 0, "unknown", 1, "partial", 2, "no", 3)),
            Map.entry("credential_owner", Map.of("our_organisation", 0, "shared", 1, "unknown", 2, "vendor", 3)));

    private DangerOrder() {
    }

    /// Every answer strictly more dangerous than the current one (multiple choice: one more option ticked).
    static List<Object> moreDangerous(Question question, Answers answers) {
        if (question.type() == AnswerType.MULTIPLE_CHOICE) {
            List<Object> wider = new ArrayList<>();
            for (String option : question.allowedValues()) {
                if (!answers.hasSelected(question.id(), option)) {
                    List<String> selection = new ArrayList<>(answers.selections(question.id()));
                    selection.add(option);
                    wider.add(selection);
                }
            }
            return wider;
        }
        Map<String, Integer> ranks = RANKS.get(question.id());
        if (ranks == null) {
            return List.of();
        }
        int current = rank(ranks, answers.value(question.id()));
        return ranks.entrySet().stream().filter(e -> e.getValue() > current).map(e -> (Object) e.getKey()).toList();
    }

    private static int rank(Map<String, Integer> ranks, Optional<String> answer) {
        return answer.map(ranks::get).orElseGet(() -> ranks.getOrDefault("unknown", 0));
    }
}
