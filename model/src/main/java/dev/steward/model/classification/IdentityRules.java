package dev.steward.model.classification;

import java.util.List;

import static dev.steward.model.classification.AutonomyLevel.A1_ASSISTIVE;
import static dev.steward.model.classification.AutonomyLevel.A3_CONDITIONAL;
import static dev.steward.model.classification.AutonomyLevel.A4_AUTONOMOUS;
import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.NhiVerdict.NHI;
import static dev.steward.model.classification.QuestionIds.*;
import static dev.steward.model.classification.RiskTier.HIGH;
import static dev.steward.model.classification.RiskTier.MODERATE;

/// Rules that make an integration a non-human identity. Each looks at capabilities, never at
/// names: "an AI system is an NHI the moment it can authenticate, call tools, or take actions
/// without a person approving each step".
final class IdentityRules {
    private IdentityRules() {
    }

    static final List<Rule> ALL = List.of(
            new SimpleRule("R01-credential-autonomy", "Uses credentials without per-use approval",
                    List.of(CREDENTIAL_AUTONOMY),
                    f -> f.yes(CREDENTIAL_AUTONOMY),
                    Effect.because("It obtains, uses or passes credentials on its own, so it is an NHI whatever it is called internally")
                            .verdict(NHI).autonomy(A3_CONDITIONAL)
                            .require(SHORT_LIVED_CREDENTIALS, SECRETS_IN_MANAGER, RUNTIME_POLICY_AUTHZ)),
            new SimpleRule("R02-authenticates", "Authenticates in its own right",
                    List.of(AUTHENTICATES),
                    f -> f.yes(AUTHENTICATES),
                    Effect.because("It signs in to systems itself, so it carries an identity of its own")
                            .verdict(NHI).autonomy(A1_ASSISTIVE)
                            .require(WORKLOAD_IDENTITY, NO_HUMAN_USE_OF_AGENT_IDENTITY)),
            // Tool calls each approved by a person stay with that person; only unapproved calls make an identity.
            // A pipeline component without tools of its own calls the orchestrator's tools (R29).
            new SimpleRule("R03-tools-without-approval", "Calls tools without a person approving each call",
                    List.of(CALLS_TOOLS, HUMAN_APPROVES_EACH_ACTION),
                    f -> f.yes(CALLS_TOOLS) && f.isAnyOf(HUMAN_APPROVES_EACH_ACTION, "partial", "no")
                            && !f.sharesOrchestratorIdentity(),
                    Effect.because("It calls tools and at least some calls run without a person approving them")
                            .verdict(NHI).autonomy(A3_CONDITIONAL)
                            .require(RUNTIME_POLICY_AUTHZ, ACTIVITY_LOGGING)),
            // A local job that runs on a timer is covered by the local-only exception instead, unless what it
            // does reaches outside the machine; a pipeline component without an identity of its own acts
            // under its orchestrator's (R29).
            new SimpleRule("R04-acts-unattended", "Acts with no person present",
                    List.of(ACTS_UNATTENDED, LOCAL_ONLY),
                    f -> f.yes(ACTS_UNATTENDED) && !(f.yes(LOCAL_ONLY) && !f.reachesOutside())
                            && !f.sharesOrchestratorIdentity(),
                    Effect.because("It acts while nobody is present, beyond a purely local machine")
                            .verdict(NHI).autonomy(A4_AUTONOMOUS).tier(MODERATE)
                            .require(ACTIVITY_LOGGING, RUNTIME_POLICY_AUTHZ, TESTED_REVOCATION)),
            new SimpleRule("R05-delegated-access", "Holds delegated access to enterprise data or systems",
                    List.of(DELEGATED_ACCESS),
                    f -> f.access().isWiderThan(DelegatedAccess.NONE),
                    Effect.because("Access to enterprise data or systems has been delegated to it, which makes it an NHI risk")
                            .verdict(NHI).autonomy(A1_ASSISTIVE)
                            .require(LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R06-pipeline-independent-tools", "Pipeline component with its own tool access",
                    List.of(PIPELINE_ROLE, INDEPENDENT_TOOL_ACCESS),
                    f -> f.yes(INDEPENDENT_TOOL_ACCESS),
                    Effect.because("This pipeline component reaches tools on its own, so it is identity-bearing in its own right")
                            .verdict(NHI).autonomy(A1_ASSISTIVE)
                            .require(WORKLOAD_IDENTITY, NO_IDENTITY_REUSE, LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R07-holds-secrets", "Holds secrets",
                    List.of(HOLDS_SECRETS),
                    f -> f.yes(HOLDS_SECRETS),
                    Effect.because("It holds secrets it can present without asking anyone")
                            .verdict(NHI).autonomy(A1_ASSISTIVE)
                            .require(SECRETS_IN_MANAGER, ROTATION_SCHEDULE)),
            new SimpleRule("R08-cross-saas-token-handoff", "Passes tokens between SaaS platforms",
                    List.of(CROSS_SAAS_TOKEN_HANDOFF),
                    f -> f.yes(CROSS_SAAS_TOKEN_HANDOFF),
                    Effect.because("It carries tokens from one SaaS platform to another, where neither side sees the whole chain")
                            .verdict(NHI).autonomy(A1_ASSISTIVE).tier(HIGH)
                            .require(NO_IDENTITY_REUSE, SHORT_LIVED_CREDENTIALS, ACTIVITY_LOGGING, RUNTIME_POLICY_AUTHZ)));
}
