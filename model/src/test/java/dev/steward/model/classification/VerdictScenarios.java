package dev.steward.model.classification;

import java.util.List;

import static dev.steward.model.classification.AutonomyLevel.*;
import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.NhiVerdict.*;
import static dev.steward.model.classification.RiskTier.*;
import static dev.steward.model.classification.Scenario.scenario;

/// Scenarios about the verdict: the local-only exception, pipelines, unknown answers and
/// "whatever it is called internally".
final class VerdictScenarios {
    private VerdictScenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                scenario("purely local model workflow is the exception")
                        .given("local_only=yes", "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R09-local-only-exception", "R13-assistive-use")
                        .doesNotFire("R12-nhi-baseline", "R11-no-identity-signals").build(),
                scenario("local batch job running unattended stays under the exception")
                        .given("local_only=yes", "acts_unattended=yes", "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R09-local-only-exception").doesNotFire("R04-acts-unattended").build(),
                scenario("local model that gets a tool it may call unapproved becomes an NHI")
                        .given("local_only=yes", "calls_tools=yes", "human_approves_each_action=partial",
                                "action_impact=draft_text,read_data")
                        .expect(NHI, A3_CONDITIONAL, LOW)
                        .requires(RUNTIME_POLICY_AUTHZ, REGISTERED_OWNER_SPONSOR)
                        .fires("R03-tools-without-approval", "R12-nhi-baseline")
                        .doesNotFire("R09-local-only-exception").build(),
                scenario("local model holding an API key is not excepted")
                        .given("local_only=yes", "holds_secrets=yes", "credential_lifetime=short_lived",
                                "secrets_outside_manager=no", "cross_saas_token_handoff=no")
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .requires(SECRETS_IN_MANAGER, ROTATION_SCHEDULE)
                        .fires("R07-holds-secrets").doesNotFire("R09-local-only-exception").build(),
                scenario("tool calls each approved by a person, nothing else: not an NHI")
                        .given("calls_tools=yes", "human_approves_each_action=yes", "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R11-no-identity-signals", "R13-assistive-use")
                        .doesNotFire("R03-tools-without-approval").build(),
                scenario("drafts-only assistant inside a person's own session")
                        .given("integration_kind=assistant", "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R11-no-identity-signals").doesNotFire("R12-nhi-baseline").build(),
                scenario("called an assistant but passes credentials on its own: NHI all the same")
                        .given("integration_kind=assistant", "credential_autonomy=yes", "credential_lifetime=short_lived",
                                "secrets_outside_manager=no", "cross_saas_token_handoff=no", "action_impact=draft_text")
                        .expect(NHI, A3_CONDITIONAL, LOW)
                        .requires(SHORT_LIVED_CREDENTIALS, SECRETS_IN_MANAGER, RUNTIME_POLICY_AUTHZ, WORKLOAD_IDENTITY)
                        .fires("R01-credential-autonomy", "R12-nhi-baseline").build(),
                scenario("hosted summariser acting with nobody present")
                        .given("acts_unattended=yes", "action_impact=draft_text")
                        .expect(NHI, A4_AUTONOMOUS, MODERATE)
                        .requires(ACTIVITY_LOGGING, TESTED_REVOCATION)
                        .fires("R04-acts-unattended", "R12-nhi-baseline").build(),
                scenario("unknown authentication leaves the verdict undetermined")
                        .given("authenticates=unknown", "action_impact=draft_text")
                        .expect(UNDETERMINED, A1_ASSISTIVE, MINIMAL)
                        .fires("R10-key-answers-unknown").doesNotFire("R11-no-identity-signals").build(),
                scenario("nothing answered is undetermined")
                        .givenOnly()
                        .expect(UNDETERMINED, A0_NONE, MINIMAL)
                        .fires("R10-key-answers-unknown").build(),
                scenario("tool approval unknown leaves the verdict undetermined")
                        .given("calls_tools=yes", "human_approves_each_action=unknown")
                        .expect(UNDETERMINED, A1_ASSISTIVE, MINIMAL)
                        .fires("R10-key-answers-unknown").build(),
                scenario("delegated access unknown leaves the verdict undetermined")
                        .given("delegated_access=unknown")
                        .expect(UNDETERMINED, A0_NONE, MINIMAL)
                        .fires("R10-key-answers-unknown").build(),
                scenario("a clear NHI signal wins over unknown key answers")
                        .givenOnly("authenticates=yes", "calls_tools=unknown", "local_only=unknown")
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .fires("R02-authenticates", "R12-nhi-baseline").doesNotFire("R10-key-answers-unknown").build(),
                scenario("answers to hidden questions are ignored")
                        .given("human_approves_each_action=no", "scope_breadth=standing_broad")
                        .expect(NOT_NHI, A0_NONE, MINIMAL)
                        .fires("R11-no-identity-signals")
                        .doesNotFire("R15-no-human-approval", "R23-standing-broad-scope").build(),
                scenario("pipeline planner without tools of its own shares the orchestrator's identity")
                        .given("pipeline_role=planner", "independent_tool_access=no", "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R29-pipeline-shared-identity", "R11-no-identity-signals").build(),
                scenario("pipeline verifier without tools of its own")
                        .given("pipeline_role=verifier", "independent_tool_access=no", "action_impact=read_data")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R29-pipeline-shared-identity").doesNotFire("R06-pipeline-independent-tools").build(),
                scenario("pipeline verifier with its own read access is identity-bearing")
                        .given("pipeline_role=verifier", "independent_tool_access=yes", "delegated_access=read",
                                "scope_breadth=task_scoped", "cross_saas_token_handoff=no", "action_impact=read_data")
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .requires(NO_IDENTITY_REUSE, WORKLOAD_IDENTITY, LEAST_PRIVILEGE_REVIEW)
                        .fires("R05-delegated-access", "R06-pipeline-independent-tools").build(),
                scenario("pipeline executor with its own write tools")
                        .given("pipeline_role=executor", "independent_tool_access=yes", "authenticates=yes",
                                "credential_lifetime=short_lived", "secrets_outside_manager=no", "cross_saas_token_handoff=no",
                                "calls_tools=yes", "human_approves_each_action=partial", "delegated_access=write",
                                "scope_breadth=task_scoped", "action_impact=create_records")
                        .expect(NHI, A3_CONDITIONAL, HIGH)
                        .requires(NO_IDENTITY_REUSE, RUNTIME_POLICY_AUTHZ)
                        .fires("R06-pipeline-independent-tools", "R03-tools-without-approval", "R16-write-without-approval")
                        .build(),
                scenario("purely local model with nobody named to revoke it: nothing to revoke, tier stays minimal")
                        .given("local_only=yes", "action_impact=draft_text", "revocation_owner=no")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R09-local-only-exception").doesNotFire("R25-no-revocation-owner").build(),
                scenario("no identity signals and nobody named to revoke it")
                        .given("revocation_owner=no")
                        .expect(NOT_NHI, A0_NONE, MINIMAL)
                        .fires("R11-no-identity-signals").doesNotFire("R25-no-revocation-owner").build(),
                scenario("hard-to-undo actions each approved by a person, no identity of its own: at most low")
                        .given("calls_tools=yes", "human_approves_each_action=yes", "action_impact=move_money")
                        .expect(NOT_NHI, A2_SUPERVISED, LOW)
                        .requires(HUMAN_APPROVAL_HIGH_IMPACT)
                        .fires("R11-no-identity-signals", "R19-high-impact-actions").doesNotFire("R12-nhi-baseline").build(),
                scenario("unattended pipeline executor without tools, credentials or access of its own")
                        .given("pipeline_role=executor", "independent_tool_access=no", "acts_unattended=yes",
                                "action_impact=draft_text")
                        .expect(NOT_NHI, A1_ASSISTIVE, MINIMAL)
                        .fires("R29-pipeline-shared-identity", "R11-no-identity-signals")
                        .doesNotFire("R04-acts-unattended", "R12-nhi-baseline").build(),
                scenario("pipeline executor triggering the orchestrator's tools unapproved, unattended")
                        .given("pipeline_role=executor", "independent_tool_access=no", "acts_unattended=yes",
                                "calls_tools=yes", "human_approves_each_action=no", "action_impact=create_records")
                        .expect(NOT_NHI, A4_AUTONOMOUS, LOW)
                        .fires("R29-pipeline-shared-identity", "R15-no-human-approval")
                        .doesNotFire("R03-tools-without-approval", "R04-acts-unattended", "R12-nhi-baseline").build(),
                scenario("unattended pipeline component that signs in itself is an NHI of its own")
                        .given("pipeline_role=executor", "independent_tool_access=no", "acts_unattended=yes",
                                "authenticates=yes", "credential_lifetime=short_lived", "secrets_outside_manager=no",
                                "cross_saas_token_handoff=no")
                        .expect(NHI, A4_AUTONOMOUS, MODERATE)
                        .fires("R02-authenticates", "R04-acts-unattended").doesNotFire("R29-pipeline-shared-identity").build(),
                scenario("local job that moves money unattended is not purely local")
                        .given("local_only=yes", "acts_unattended=yes", "action_impact=move_money")
                        .expect(NHI, A4_AUTONOMOUS, CRITICAL)
                        .fires("R04-acts-unattended", "R20-unsupervised-high-impact")
                        .doesNotFire("R09-local-only-exception").build(),
                scenario("a model in a vendor's runtime is not purely local")
                        .given("local_only=yes", "vendor_managed=yes", "credential_owner=our_organisation")
                        .expect(NOT_NHI, A0_NONE, LOW)
                        .fires("R11-no-identity-signals", "R27-vendor-managed-runtime")
                        .doesNotFire("R09-local-only-exception").build(),
                scenario("pipeline planner that instructs other agents with its own tools")
                        .given("pipeline_role=planner", "independent_tool_access=yes", "calls_tools=yes",
                                "human_approves_each_action=no", "action_impact=invoke_agents")
                        .expect(NHI, A4_AUTONOMOUS, MODERATE)
                        .requires(NO_IDENTITY_REUSE, ACTIVITY_LOGGING)
                        .fires("R06-pipeline-independent-tools", "R15-no-human-approval", "R22-invokes-agents").build());
    }
}
