package dev.steward.model.classification;

import java.util.List;

import static dev.steward.model.classification.ActionImpact.DEPLOY_CODE;
import static dev.steward.model.classification.ActionImpact.INVOKE_AGENTS;
import static dev.steward.model.classification.ActionImpact.MODIFY_INFRASTRUCTURE;
import static dev.steward.model.classification.AutonomyLevel.A1_ASSISTIVE;
import static dev.steward.model.classification.AutonomyLevel.A2_SUPERVISED;
import static dev.steward.model.classification.AutonomyLevel.A3_CONDITIONAL;
import static dev.steward.model.classification.AutonomyLevel.A4_AUTONOMOUS;
import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.QuestionIds.*;
import static dev.steward.model.classification.RiskTier.CRITICAL;
import static dev.steward.model.classification.RiskTier.HIGH;
import static dev.steward.model.classification.RiskTier.MODERATE;

/// Rules about what the integration can do and how much of it happens without a person:
/// they set the autonomy level and raise the tier for write, privileged and high-impact actions.
final class ActionRules {
    private ActionRules() {
    }

    private static final List<String> APPROVAL_INPUTS = List.of(HUMAN_APPROVES_EACH_ACTION, ACTS_UNATTENDED);

    private static List<String> with(List<String> approvalInputs, String... first) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), approvalInputs.stream()).toList();
    }

    static final List<Rule> ALL = List.of(
            new SimpleRule("R13-assistive-use", "Drafts, reads or calls tools for a person",
                    List.of(CALLS_TOOLS, ACTION_IMPACT),
                    f -> f.yes(CALLS_TOOLS) || !f.impacts().isEmpty(),
                    Effect.because("It works for a person: drafting, reading or calling tools").autonomy(A1_ASSISTIVE)),
            // A drafts-only copilot stops at R13; creating anything outside the chat moves it here.
            new SimpleRule("R14-consequential-actions", "Takes actions that change things",
                    List.of(ACTION_IMPACT, DELEGATED_ACCESS),
                    f -> f.hasConsequentialImpact() || f.access().canChangeThings(),
                    Effect.because("It can change records, systems or the outside world, not only draft or read")
                            .autonomy(A2_SUPERVISED).tier(MODERATE)
                            .require(ACTIVITY_LOGGING, LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R15-no-human-approval", "Acts with no per-action approval at all",
                    List.of(HUMAN_APPROVES_EACH_ACTION, CALLS_TOOLS, ACTION_IMPACT, DELEGATED_ACCESS),
                    f -> f.actsOnSystems() && f.is(HUMAN_APPROVES_EACH_ACTION, "no"),
                    Effect.because("It acts on systems and no person approves its actions")
                            .autonomy(A4_AUTONOMOUS).tier(MODERATE)
                            .require(RUNTIME_POLICY_AUTHZ)),
            new SimpleRule("R16-write-without-approval", "Write access used without per-action approval",
                    with(APPROVAL_INPUTS, DELEGATED_ACCESS),
                    f -> f.access().canChangeThings() && f.lacksPerActionApproval(),
                    Effect.because("It can write to enterprise systems and some writes happen without a person approving them")
                            .autonomy(A3_CONDITIONAL).tier(HIGH).require(RUNTIME_POLICY_AUTHZ, LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R17-privileged-access", "Administrative or privileged access",
                    List.of(DELEGATED_ACCESS),
                    f -> f.access() == DelegatedAccess.ADMIN,
                    Effect.because("It holds administrative access, so one mistaken call can reach everything")
                            .tier(HIGH).require(LEAST_PRIVILEGE_REVIEW, ENVIRONMENT_ISOLATION, HUMAN_APPROVAL_HIGH_IMPACT)),
            new SimpleRule("R18-privileged-without-approval", "Privileged access without per-action approval",
                    with(APPROVAL_INPUTS, DELEGATED_ACCESS),
                    f -> f.access() == DelegatedAccess.ADMIN && f.lacksPerActionApproval(),
                    Effect.because("It uses administrative access without a person approving each action")
                            .tier(CRITICAL).require(HUMAN_APPROVAL_HIGH_IMPACT, RUNTIME_POLICY_AUTHZ)),
            new SimpleRule("R19-high-impact-actions", "Can move money, deploy code or change infrastructure",
                    List.of(ACTION_IMPACT),
                    Facts::hasHighImpact,
                    Effect.because("It can take actions that are hard to undo")
                            .autonomy(A2_SUPERVISED).tier(HIGH)
                            .require(HUMAN_APPROVAL_HIGH_IMPACT, ACTIVITY_LOGGING)),
            new SimpleRule("R20-unsupervised-high-impact", "High-impact actions without per-action approval",
                    with(APPROVAL_INPUTS, ACTION_IMPACT),
                    f -> f.hasHighImpact() && f.lacksPerActionApproval(),
                    Effect.because("Hard-to-undo actions can run without a person approving them, or with nobody present")
                            .autonomy(A3_CONDITIONAL).tier(CRITICAL)
                            .require(HUMAN_APPROVAL_HIGH_IMPACT, RUNTIME_POLICY_AUTHZ, TESTED_REVOCATION)),
            new SimpleRule("R21-changes-code-or-infrastructure", "Deploys code or changes infrastructure",
                    List.of(ACTION_IMPACT),
                    f -> f.can(DEPLOY_CODE) || f.can(MODIFY_INFRASTRUCTURE),
                    Effect.because("It changes running systems, so production must be walled off from experiments")
                            .require(ENVIRONMENT_ISOLATION, LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R22-invokes-agents", "Starts or instructs other agents",
                    List.of(ACTION_IMPACT),
                    f -> f.can(INVOKE_AGENTS),
                    Effect.because("It drives other agents; each needs its own identity so actions stay attributable")
                            .tier(MODERATE).require(NO_IDENTITY_REUSE, ACTIVITY_LOGGING)));
}
