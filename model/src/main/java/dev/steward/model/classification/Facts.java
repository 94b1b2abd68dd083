package dev.steward.model.classification;

import java.util.Set;

import static dev.steward.model.classification.QuestionIds.ACTS_UNATTENDED;
import static dev.steward.model.classification.QuestionIds.AUTHENTICATES;
import static dev.steward.model.classification.QuestionIds.CALLS_TOOLS;
import static dev.steward.model.classification.QuestionIds.CREDENTIAL_AUTONOMY;
import static dev.steward.model.classification.QuestionIds.CROSS_SAAS_TOKEN_HANDOFF;
import static dev.steward.model.classification.QuestionIds.HOLDS_SECRETS;
import static dev.steward.model.classification.QuestionIds.HUMAN_APPROVES_EACH_ACTION;
import static dev.steward.model.classification.QuestionIds.INDEPENDENT_TOOL_ACCESS;
import static dev.steward.model.classification.QuestionIds.LOCAL_ONLY;
import static dev.steward.model.classification.QuestionIds.PIPELINE_ROLE;
import static dev.steward.model.classification.QuestionIds.VENDOR_MANAGED;

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

    /// It can reach beyond one machine through what it does: messages outside the organisation or
    /// hard-to-undo actions (money, code, infrastructure) cannot stay on a local machine.
    boolean reachesOutside() {
        return can(ActionImpact.SEND_EXTERNAL_COMMS) || hasHighImpact();
    }

    /// The local-only exception: a model workflow on one machine with no delegated access, no
    /// secrets, no tools, no vendor runtime and nothing it does that reaches outside.
    boolean isPurelyLocal() {
        return yes(LOCAL_ONLY) && access == DelegatedAccess.NONE && no(CALLS_TOOLS) && no(HOLDS_SECRETS)
                && no(AUTHENTICATES) && no(CREDENTIAL_AUTONOMY) && !yes(VENDOR_MANAGED) && !reachesOutside();
    }

    /// A pipeline component with no tool access, credentials or delegated access of its own: it acts
    /// only through its orchestrator and is governed under the orchestrator's identity, even when it
    /// runs unattended or triggers the orchestrator's tools. The credential answers must be a definite
    /// "no" (an unknown one could still give it an identity); holding secrets or handing tokens on
    /// must not be "yes".
    boolean sharesOrchestratorIdentity() {
        return isPipelineComponent() && no(INDEPENDENT_TOOL_ACCESS) && no(AUTHENTICATES) && no(CREDENTIAL_AUTONOMY)
                && access == DelegatedAccess.NONE && !yes(HOLDS_SECRETS) && !yes(CROSS_SAAS_TOKEN_HANDOFF);
    }
}
