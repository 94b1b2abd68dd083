package dev.steward.model.classification;

import java.util.List;

import static dev.steward.model.classification.AutonomyLevel.*;
import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.NhiVerdict.*;
import static dev.steward.model.classification.RiskTier.*;
import static dev.steward.model.classification.Scenario.scenario;

/// Scenarios about autonomy and risk: copilots versus acting agents, privileged access,
/// credentials, vendors and compounding exposure.
final class RiskScenarios {
    private RiskScenarios() {
    }

    /// A well-kept identity: signs in with short-lived credentials from a secrets manager.
    private static final String[] TIDY_IDENTITY = {
            "authenticates=yes", "credential_lifetime=short_lived", "secrets_outside_manager=no", "cross_saas_token_handoff=no"};

    private static String[] tidy(String... more) {
        String[] all = java.util.Arrays.copyOf(TIDY_IDENTITY, TIDY_IDENTITY.length + more.length);
        System.arraycopy(more, 0, all, TIDY_IDENTITY.length, more.length);
        return all;
    }

    static List<Scenario> all() {
        return List.of(
                scenario("drafts-only copilot with read access stays low")
                        .given(tidy("integration_kind=assistant", "delegated_access=read", "scope_breadth=task_scoped",
                                "action_impact=draft_text,read_data"))
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .requires(WORKLOAD_IDENTITY, LEAST_PRIVILEGE_REVIEW, REGISTERED_OWNER_SPONSOR)
                        .fires("R02-authenticates", "R05-delegated-access", "R12-nhi-baseline", "R13-assistive-use")
                        .doesNotFire("R14-consequential-actions").build(),
                scenario("agent that creates records, each approved")
                        .given(tidy("integration_kind=agent", "calls_tools=yes", "human_approves_each_action=yes",
                                "delegated_access=write", "scope_breadth=task_scoped", "action_impact=read_data,create_records"))
                        .expect(NHI, A2_SUPERVISED, MODERATE)
                        .requires(ACTIVITY_LOGGING, LEAST_PRIVILEGE_REVIEW)
                        .fires("R14-consequential-actions").doesNotFire("R16-write-without-approval").build(),
                scenario("agent that creates records with partial approval")
                        .given(tidy("integration_kind=agent", "calls_tools=yes", "human_approves_each_action=partial",
                                "delegated_access=write", "scope_breadth=task_scoped", "action_impact=read_data,create_records"))
                        .expect(NHI, A3_CONDITIONAL, HIGH)
                        .requires(RUNTIME_POLICY_AUTHZ)
                        .fires("R03-tools-without-approval", "R16-write-without-approval").build(),
                scenario("agent that sends external email with no approval")
                        .given(tidy("calls_tools=yes", "human_approves_each_action=no", "delegated_access=read",
                                "scope_breadth=task_scoped", "action_impact=send_external_comms"))
                        .expect(NHI, A4_AUTONOMOUS, MODERATE)
                        .fires("R15-no-human-approval", "R14-consequential-actions").build(),
                scenario("agent that moves money unattended is critical")
                        .given(tidy("credential_autonomy=yes", "calls_tools=yes", "human_approves_each_action=no",
                                "acts_unattended=yes", "delegated_access=write", "scope_breadth=task_scoped",
                                "action_impact=move_money"))
                        .expect(NHI, A4_AUTONOMOUS, CRITICAL)
                        .requires(HUMAN_APPROVAL_HIGH_IMPACT, TESTED_REVOCATION)
                        .fires("R04-acts-unattended", "R19-high-impact-actions", "R20-unsupervised-high-impact").build(),
                scenario("payments agent with every payment approved")
                        .given(tidy("calls_tools=yes", "human_approves_each_action=yes", "delegated_access=write",
                                "scope_breadth=task_scoped", "action_impact=move_money"))
                        .expect(NHI, A2_SUPERVISED, HIGH)
                        .requires(HUMAN_APPROVAL_HIGH_IMPACT)
                        .fires("R19-high-impact-actions").doesNotFire("R20-unsupervised-high-impact").build(),
                scenario("agent that deploys code with partial approval")
                        .given(tidy("calls_tools=yes", "human_approves_each_action=partial", "delegated_access=write",
                                "scope_breadth=task_scoped", "action_impact=deploy_code"))
                        .expect(NHI, A3_CONDITIONAL, CRITICAL)
                        .requires(ENVIRONMENT_ISOLATION, HUMAN_APPROVAL_HIGH_IMPACT)
                        .fires("R20-unsupervised-high-impact", "R21-changes-code-or-infrastructure").build(),
                scenario("infrastructure agent, attended, every change approved")
                        .given(tidy("calls_tools=yes", "human_approves_each_action=yes", "delegated_access=admin",
                                "scope_breadth=task_scoped", "action_impact=modify_infrastructure"))
                        .expect(NHI, A2_SUPERVISED, HIGH)
                        .requires(ENVIRONMENT_ISOLATION, HUMAN_APPROVAL_HIGH_IMPACT)
                        .fires("R17-privileged-access", "R19-high-impact-actions", "R21-changes-code-or-infrastructure")
                        .doesNotFire("R18-privileged-without-approval").build(),
                scenario("infrastructure agent changing things unattended")
                        .given(tidy("calls_tools=yes", "human_approves_each_action=no", "acts_unattended=yes",
                                "delegated_access=admin", "scope_breadth=task_scoped", "action_impact=modify_infrastructure"))
                        .expect(NHI, A4_AUTONOMOUS, CRITICAL)
                        .fires("R18-privileged-without-approval", "R20-unsupervised-high-impact").build(),
                scenario("MCP server brokering tools with its own credentials")
                        .given(tidy("integration_kind=mcp_server", "holds_secrets=yes", "credential_autonomy=yes",
                                "calls_tools=yes", "human_approves_each_action=partial", "delegated_access=write",
                                "scope_breadth=standing_broad", "action_impact=read_data,create_records"))
                        .expect(NHI, A3_CONDITIONAL, HIGH)
                        .requires(SHORT_LIVED_CREDENTIALS, SECRETS_IN_MANAGER, RUNTIME_POLICY_AUTHZ, LEAST_PRIVILEGE_REVIEW)
                        .fires("R01-credential-autonomy", "R03-tools-without-approval", "R23-standing-broad-scope").build(),
                scenario("workflow engine acting unattended with a service account")
                        .given("integration_kind=workflow_engine", "authenticates=yes", "holds_secrets=yes",
                                "credential_autonomy=yes", "credential_lifetime=long_lived", "secrets_outside_manager=no",
                                "cross_saas_token_handoff=no", "calls_tools=yes", "human_approves_each_action=no",
                                "acts_unattended=yes", "delegated_access=write", "scope_breadth=standing_broad",
                                "action_impact=create_records,send_external_comms")
                        .expect(NHI, A4_AUTONOMOUS, HIGH)
                        .requires(ROTATION_SCHEDULE, SHORT_LIVED_CREDENTIALS, RUNTIME_POLICY_AUTHZ)
                        .fires("R04-acts-unattended", "R16-write-without-approval", "R24-long-lived-credentials")
                        .doesNotFire("R30-compounding-exposure").build(),
                scenario("privileged API integration used with approval")
                        .given(tidy("integration_kind=privileged_api", "holds_secrets=yes", "delegated_access=admin",
                                "human_approves_each_action=yes", "scope_breadth=task_scoped", "action_impact=read_data,create_records"))
                        .expect(NHI, A2_SUPERVISED, HIGH)
                        .requires(ENVIRONMENT_ISOLATION, HUMAN_APPROVAL_HIGH_IMPACT, LEAST_PRIVILEGE_REVIEW)
                        .fires("R17-privileged-access").doesNotFire("R18-privileged-without-approval").build(),
                scenario("privileged API integration used with partial approval")
                        .given(tidy("integration_kind=privileged_api", "holds_secrets=yes", "delegated_access=admin",
                                "human_approves_each_action=partial", "scope_breadth=task_scoped", "action_impact=read_data"))
                        .expect(NHI, A3_CONDITIONAL, CRITICAL)
                        .fires("R16-write-without-approval", "R18-privileged-without-approval").build(),
                scenario("read-only integration")
                        .given(tidy("delegated_access=read", "scope_breadth=task_scoped", "action_impact=read_data"))
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .doesNotFire("R14-consequential-actions", "R24-long-lived-credentials").build(),
                scenario("read-only integration that gained write actions")
                        .given(tidy("delegated_access=write", "human_approves_each_action=partial",
                                "scope_breadth=task_scoped", "action_impact=read_data,create_records"))
                        .expect(NHI, A3_CONDITIONAL, HIGH)
                        .fires("R14-consequential-actions", "R16-write-without-approval").build(),
                scenario("long-lived credentials raise the floor")
                        .given("authenticates=yes", "credential_lifetime=long_lived", "secrets_outside_manager=no",
                                "cross_saas_token_handoff=no", "delegated_access=read", "scope_breadth=task_scoped")
                        .expect(NHI, A1_ASSISTIVE, MODERATE)
                        .requires(SHORT_LIVED_CREDENTIALS, ROTATION_SCHEDULE)
                        .fires("R24-long-lived-credentials").build(),
                scenario("ephemeral credentials obtained on its own")
                        .given("credential_autonomy=yes", "credential_lifetime=ephemeral", "secrets_outside_manager=no",
                                "cross_saas_token_handoff=no")
                        .expect(NHI, A3_CONDITIONAL, LOW)
                        .fires("R01-credential-autonomy").doesNotFire("R24-long-lived-credentials").build(),
                scenario("standing broad scope on a read-only integration")
                        .given(tidy("delegated_access=read", "scope_breadth=standing_broad"))
                        .expect(NHI, A1_ASSISTIVE, MODERATE)
                        .requires(LEAST_PRIVILEGE_REVIEW)
                        .fires("R23-standing-broad-scope").build(),
                scenario("secrets kept outside a secrets manager")
                        .given("holds_secrets=yes", "credential_lifetime=short_lived", "secrets_outside_manager=yes",
                                "cross_saas_token_handoff=no")
                        .expect(NHI, A1_ASSISTIVE, MODERATE)
                        .requires(SECRETS_IN_MANAGER, ROTATION_SCHEDULE)
                        .fires("R07-holds-secrets", "R26-secrets-outside-manager").build(),
                scenario("three exposures together compound to high")
                        .given("authenticates=yes", "credential_lifetime=long_lived", "secrets_outside_manager=no",
                                "cross_saas_token_handoff=no", "delegated_access=read", "scope_breadth=standing_broad",
                                "revocation_owner=no")
                        .expect(NHI, A1_ASSISTIVE, HIGH)
                        .requires(REGISTERED_OWNER_SPONSOR, TESTED_REVOCATION)
                        .fires("R23-standing-broad-scope", "R24-long-lived-credentials", "R25-no-revocation-owner",
                                "R30-compounding-exposure").build(),
                scenario("vendor runtime with secrets outside a manager and no revocation owner")
                        .given("authenticates=yes", "holds_secrets=yes", "credential_lifetime=long_lived",
                                "secrets_outside_manager=yes", "cross_saas_token_handoff=no", "delegated_access=read",
                                "scope_breadth=task_scoped", "action_impact=read_data", "revocation_owner=no",
                                "vendor_managed=yes", "credential_owner=vendor", "revocation_path=ask the vendor")
                        .expect(NHI, A1_ASSISTIVE, HIGH)
                        .requires(VENDOR_CREDENTIAL_OWNERSHIP, SECRETS_IN_MANAGER, TESTED_REVOCATION)
                        .fires("R27-vendor-managed-runtime", "R28-vendor-holds-the-keys", "R26-secrets-outside-manager",
                                "R25-no-revocation-owner").build(),
                scenario("vendor runtime whose credentials we own and can revoke")
                        .given(tidy("delegated_access=read", "scope_breadth=task_scoped", "action_impact=read_data",
                                "vendor_managed=yes", "credential_owner=our_organisation"))
                        .expect(NHI, A1_ASSISTIVE, LOW)
                        .requires(VENDOR_CREDENTIAL_OWNERSHIP)
                        .fires("R27-vendor-managed-runtime").doesNotFire("R28-vendor-holds-the-keys").build(),
                scenario("tokens handed across several SaaS platforms")
                        .given("authenticates=yes", "credential_autonomy=yes", "credential_lifetime=short_lived",
                                "secrets_outside_manager=no", "cross_saas_token_handoff=yes", "delegated_access=read",
                                "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=yes",
                                "action_impact=read_data")
                        .expect(NHI, A3_CONDITIONAL, HIGH)
                        .requires(NO_IDENTITY_REUSE, SHORT_LIVED_CREDENTIALS)
                        .fires("R08-cross-saas-token-handoff").build(),
                scenario("partial approval on a drafting tool user")
                        .given("calls_tools=yes", "human_approves_each_action=partial", "action_impact=draft_text")
                        .expect(NHI, A3_CONDITIONAL, LOW)
                        .fires("R03-tools-without-approval", "R13-assistive-use").build());
    }
}
