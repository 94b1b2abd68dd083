package dev.steward.model.classification;

import java.util.Set;

import static dev.steward.model.classification.QuestionIds.ACTS_UNATTENDED;
import static dev.steward.model.classification.QuestionIds.CALLS_TOOLS;
import static dev.steward.model.classification.QuestionIds.HUMAN_APPROVES_EACH_ACTION;
import static dev.steward.model.classification.QuestionIds.PIPELINE_ROLE;

/// The relevant answers seen through domain terms, so rule conditions read like the policy.
///
/// Every predicate here is "upward closed": a more dangerous answer can only turn it from
/// false to true. That is what keeps tiers and autonomy from dropping when answers get worse.
final class Facts {
    private final Answers answers;
    private final DelegatedAccess access;
    private final Set<ActionImpact> impacts;

    Facts(Answers relevantAnswers) {
        this.answers = relevantAnswers;
        this.access = DelegatedAccess.fromAnswers(relevantAnswers);
        this.impacts = ActionImpact.fromAnswers(relevantAnswers);
    }

    Answers answers() {
        return answers;
    }

    boolean yes(String questionId) {
        return answers.yesNo(questionId) == YesNo.YES;
    }

    boolean no(String questionId) {
        return answers.yesNo(questionId) == YesNo.NO;
    }

    boolean is(String questionId, String optionId) {
        return answers.is(questionId, optionId);
    }

    boolean isAnyOf(String questionId, String... optionIds) {
        return answers.isAnyOf(questionId, optionIds);
    }

    DelegatedAccess access() {
        return access;
    }

    Set<ActionImpact> impacts() {
        return impacts;
    }

    boolean can(ActionImpact impact) {
        return impacts.contains(impact);
    }

    boolean hasConsequentialImpact() {
        return impacts.stream().anyMatch(ActionImpact::isConsequential);
    }

    boolean hasHighImpact() {
        return impacts.stream().anyMatch(ActionImpact::isHighImpact);
    }

    /// It changes something, or could: calls tools, has consequential impacts or write access.
    boolean actsOnSystems() {
        return yes(CALLS_TOOLS) || hasConsequentialImpact() || access.canChangeThings();
    }

    /// Some of its actions happen without a person approving that very action.
    boolean lacksPerActionApproval() {
        return isAnyOf(HUMAN_APPROVES_EACH_ACTION, "partial", "no") || yes(ACTS_UNATTENDED);
    }

    boolean isPipelineComponent() {
        return isAnyOf(PIPELINE_ROLE, "planner", "executor", "verifier", "other");
    }
}
