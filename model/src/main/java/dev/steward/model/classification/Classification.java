package dev.steward.model.classification;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/// The outcome of classifying one answer set.
///
/// @param questionnaireVersion   version of the questionnaire the answers were given to
/// @param verdict                whether it is a non-human identity
/// @param autonomyLevel          how far it acts without a person
/// @param riskTier               how risky it is
/// @param requiredControls       controls that became mandatory, ordered by code
/// @param trace                  every rule that fired, in evaluation order
/// @param unresolvedKeyQuestions key questions still unanswered or `unknown` (why a verdict is UNDETERMINED)
/// @param ignoredAnswers         answered ids that played no part: hidden or unknown questions
/// @param delegatedAccess        delegated access as answered, kept to detect widening later
/// @param actionImpacts          action impacts as answered, kept to detect widening later
public record Classification(
        String questionnaireVersion,
        NhiVerdict verdict,
        AutonomyLevel autonomyLevel,
        RiskTier riskTier,
        List<ControlId> requiredControls,
        List<RuleFiring> trace,
        List<String> unresolvedKeyQuestions,
        List<String> ignoredAnswers,
        DelegatedAccess delegatedAccess,
        Set<ActionImpact> actionImpacts) {

    public Classification {
        requiredControls = requiredControls.stream().sorted().toList();
        trace = List.copyOf(trace);
        unresolvedKeyQuestions = List.copyOf(unresolvedKeyQuestions);
        ignoredAnswers = List.copyOf(ignoredAnswers);
        actionImpacts = actionImpacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actionImpacts));
    }

    /// True when the rule with this id is in the trace.
    public boolean fired(String ruleId) {
        return trace.stream().anyMatch(f -> f.ruleId().equals(ruleId));
    }

    /// Ids of the fired rules, in evaluation order.
    public List<String> firedRuleIds() {
        return trace.stream().map(RuleFiring::ruleId).toList();
    }

    public boolean requires(ControlId control) {
        return requiredControls.contains(control);
    }

    /// True when this classification is more serious than `earlier`, which should put the
    /// integration under reassessment: autonomy or tier went up, it became an NHI, its
    /// delegated access widened (e.g. read-only gained write) or it gained a new kind of action.
    public boolean isEscalationFrom(Classification earlier) {
        return !escalationReasons(earlier).isEmpty();
    }

    /// Why {@link #isEscalationFrom(Classification)} holds, one sentence per reason; empty if it does not.
    public List<String> escalationReasons(Classification earlier) {
        var reasons = new java.util.ArrayList<String>();
        if (verdict == NhiVerdict.NHI && earlier.verdict != NhiVerdict.NHI) {
            reasons.add("verdict went from " + earlier.verdict.label() + " to " + verdict.label());
        }
        if (autonomyLevel.compareTo(earlier.autonomyLevel) > 0) {
            reasons.add("autonomy rose from " + earlier.autonomyLevel.displayName() + " to " + autonomyLevel.displayName());
        }
        if (riskTier.compareTo(earlier.riskTier) > 0) {
            reasons.add("risk tier rose from " + earlier.riskTier.label() + " to " + riskTier.label());
        }
        if (delegatedAccess.isWiderThan(earlier.delegatedAccess)) {
            reasons.add("delegated access widened from " + earlier.delegatedAccess.displayName() + " to "
                    + delegatedAccess.displayName());
        }
        Set<ActionImpact> gained = actionImpacts.stream().filter(i -> !earlier.actionImpacts.contains(i))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ActionImpact.class)));
        if (!gained.isEmpty()) {
            reasons.add("gained actions " + gained.stream().map(ActionImpact::displayName).collect(Collectors.joining(", ")));
        }
        return List.copyOf(reasons);
    }

    /// A tree of maps, lists and strings for Jackson: verdict, autonomyLevel, riskTier,
    /// questionnaireVersion, requiredControls (code, id, title), trace (rule, title, answers,
    /// effect), unresolvedKeyQuestions and ignoredAnswers.
    public Map<String, Object> toJsonTree() {
        return ClassificationJson.toTree(this);
    }
}
