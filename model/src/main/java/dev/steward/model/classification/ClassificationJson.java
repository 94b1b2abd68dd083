package dev.steward.model.classification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Builds the JSON-friendly view of a {@link Classification}. Field names are part of the CLI's
/// output format; add fields rather than rename them.
final class ClassificationJson {
    private ClassificationJson() {
    }

    static Map<String, Object> toTree(Classification c) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("questionnaireVersion", c.questionnaireVersion());
        tree.put("verdict", c.verdict().name());
        tree.put("autonomyLevel", c.autonomyLevel().name());
        tree.put("riskTier", c.riskTier().name());
        tree.put("requiredControls", c.requiredControls().stream().map(ClassificationJson::control).toList());
        tree.put("trace", c.trace().stream().map(ClassificationJson::firing).toList());
        tree.put("unresolvedKeyQuestions", c.unresolvedKeyQuestions());
        tree.put("ignoredAnswers", c.ignoredAnswers());
        return tree;
    }

    private static Map<String, Object> control(ControlId control) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", control.code());
        node.put("id", control.name());
        node.put("title", control.title());
        return node;
    }

    private static Map<String, Object> firing(RuleFiring firing) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("rule", firing.ruleId());
        node.put("title", firing.ruleTitle());
        node.put("answers", List.copyOf(firing.answerRefs()));
        node.put("effect", firing.effect());
        return node;
    }
}
