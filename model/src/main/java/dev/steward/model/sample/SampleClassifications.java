package dev.steward.model.sample;

import dev.steward.model.classification.Answers;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// How each sample integration is classified and how far its attestation has got, so a freshly loaded sample
/// register shows what Steward is for: verdicts with traces at every tier, attestations in every state (a
/// draft, one waiting for a manager, one returned, signed ones, one stale, one expired, one coming due) and
/// integrations that were never attested. The retired integration has no plan: it cannot be classified.
public final class SampleClassifications {
    /// How far a sample integration's attestation has got. Expired and coming due are signed attestations
    /// whose signing date is set back so that they lapsed, or lapse within the warning period.
    public enum AttestationPlan {
        NONE, DRAFT, SUBMITTED, RETURNED, SIGNED, COMING_DUE, EXPIRED, STALE
    }

    /// @param integrationName the sample integration it belongs to
    /// @param answers         questionnaire answers, as in an answers file
    /// @param attestation     where its attestation stands after loading
    public record Plan(String integrationName, Map<String, Object> answers, AttestationPlan attestation) {
        public Plan {
            answers = Map.copyOf(answers);
        }

        public Answers parsedAnswers() {
            return Answers.of(answers);
        }
    }

    /// Answers for a quiet integration: nothing points to an identity; each plan says what differs.
    private static final List<String> QUIET = List.of("local_only=no", "authenticates=no", "holds_secrets=no",
            "credential_autonomy=no", "delegated_access=none", "calls_tools=no", "acts_unattended=no",
            "pipeline_role=none", "revocation_owner=yes", "vendor_managed=no");
    private static final String[] SIGNS_IN_SHORT_LIVED = {"authenticates=yes", "credential_lifetime=short_lived",
            "secrets_outside_manager=no", "cross_saas_token_handoff=no"};
    private static final String[] STATIC_KEY = {"authenticates=yes", "holds_secrets=yes", "credential_lifetime=long_lived",
            "cross_saas_token_handoff=no"};

    private SampleClassifications() {
    }

    public static List<Plan> all() {
        return List.of(
                plan("Invoice triage agent", AttestationPlan.SIGNED, STATIC_KEY, "credential_autonomy=yes",
                        "secrets_outside_manager=no", "delegated_access=write", "scope_breadth=task_scoped",
                        "calls_tools=yes", "human_approves_each_action=partial", "action_impact=read_data,create_records",
                        "acts_unattended=yes", "integration_kind=agent"),
                plan("GitHub PR review copilot", AttestationPlan.COMING_DUE, SIGNS_IN_SHORT_LIVED,
                        "delegated_access=write", "scope_breadth=task_scoped", "calls_tools=yes",
                        "human_approves_each_action=yes", "action_impact=draft_text,read_data,create_records",
                        "vendor_managed=yes", "credential_owner=shared", "integration_kind=assistant"),
                plan(SampleIntegrations.RELEASE_PLANNER, AttestationPlan.SIGNED, SIGNS_IN_SHORT_LIVED,
                        "pipeline_role=planner", "independent_tool_access=yes", "delegated_access=read",
                        "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=no",
                        "action_impact=read_data,invoke_agents", "acts_unattended=yes", "integration_kind=pipeline_component"),
                plan(SampleIntegrations.RELEASE_EXECUTOR, AttestationPlan.EXPIRED, SIGNS_IN_SHORT_LIVED,
                        "pipeline_role=executor", "independent_tool_access=yes", "delegated_access=admin",
                        "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=partial",
                        "action_impact=deploy_code,modify_infrastructure", "acts_unattended=yes",
                        "integration_kind=pipeline_component"),
                plan(SampleIntegrations.RELEASE_VERIFIER, AttestationPlan.RETURNED, SIGNS_IN_SHORT_LIVED,
                        "pipeline_role=verifier", "independent_tool_access=yes", "delegated_access=read",
                        "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=no",
                        "action_impact=read_data", "acts_unattended=yes", "integration_kind=pipeline_component"),
                plan("Jira MCP server", AttestationPlan.STALE, STATIC_KEY, "credential_autonomy=yes",
                        "secrets_outside_manager=no", "delegated_access=write", "scope_breadth=standing_broad",
                        "calls_tools=yes", "human_approves_each_action=partial", "action_impact=read_data,create_records",
                        "integration_kind=mcp_server"),
                plan("Confluence search MCP server", AttestationPlan.SUBMITTED, STATIC_KEY,
                        "secrets_outside_manager=yes", "delegated_access=read", "scope_breadth=standing_broad",
                        "calls_tools=yes", "human_approves_each_action=yes", "action_impact=read_data",
                        "revocation_owner=no", "integration_kind=mcp_server"),
                // Proposed and barely known yet: undetermined until someone finds out how it signs in.
                plan("Postgres analytics MCP server", AttestationPlan.NONE, "authenticates=unknown",
                        "delegated_access=unknown", "calls_tools=unknown", "integration_kind=mcp_server"),
                plan("Order fulfilment workflow", AttestationPlan.DRAFT, STATIC_KEY, "credential_autonomy=yes",
                        "secrets_outside_manager=yes", "delegated_access=admin", "scope_breadth=standing_broad",
                        "calls_tools=yes", "human_approves_each_action=no",
                        "action_impact=create_records,send_external_comms,move_money", "acts_unattended=yes",
                        "integration_kind=workflow_engine"),
                plan("Lead enrichment automation", AttestationPlan.NONE, SIGNS_IN_SHORT_LIVED, "credential_autonomy=yes",
                        "delegated_access=write", "scope_breadth=task_scoped", "calls_tools=yes",
                        "human_approves_each_action=no", "action_impact=read_data,create_records", "acts_unattended=yes",
                        "integration_kind=workflow_engine"),
                plan("Office suite copilot", AttestationPlan.SIGNED, SIGNS_IN_SHORT_LIVED, "delegated_access=read",
                        "scope_breadth=task_scoped", "action_impact=draft_text,read_data", "vendor_managed=yes",
                        "credential_owner=shared", "integration_kind=assistant"),
                plan("Contract clause review plug-in", AttestationPlan.NONE, STATIC_KEY, "secrets_outside_manager=no",
                        "delegated_access=read", "scope_breadth=task_scoped", "action_impact=draft_text,read_data",
                        "vendor_managed=yes", "credential_owner=our_organisation", "integration_kind=other"),
                plan("Marketing copy generator", AttestationPlan.NONE, "action_impact=draft_text", "vendor_managed=yes",
                        "credential_owner=our_organisation", "integration_kind=assistant"),
                plan("Local code completion model", AttestationPlan.SIGNED, "local_only=yes", "action_impact=draft_text",
                        "integration_kind=assistant"),
                plan("Document redaction model", AttestationPlan.NONE, "local_only=yes", "authenticates=yes",
                        "holds_secrets=yes", "credential_lifetime=long_lived", "secrets_outside_manager=yes",
                        "cross_saas_token_handoff=no", "delegated_access=write", "scope_breadth=standing_broad",
                        "human_approves_each_action=yes", "action_impact=read_data,create_records",
                        "acts_unattended=yes", "integration_kind=other"),
                plan("Support reply drafting assistant", AttestationPlan.SIGNED, STATIC_KEY,
                        "secrets_outside_manager=no", "delegated_access=read", "scope_breadth=task_scoped",
                        "calls_tools=yes", "human_approves_each_action=yes", "action_impact=draft_text,read_data",
                        "revocation_owner=no", "integration_kind=assistant"),
                plan("HR policy Q&A assistant", AttestationPlan.SIGNED, SIGNS_IN_SHORT_LIVED, "delegated_access=read",
                        "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=yes",
                        "action_impact=draft_text,read_data", "integration_kind=assistant"),
                plan("CI failure triage agent", AttestationPlan.SIGNED, SIGNS_IN_SHORT_LIVED, "credential_autonomy=yes",
                        "delegated_access=write", "scope_breadth=task_scoped", "calls_tools=yes",
                        "human_approves_each_action=no", "action_impact=read_data,create_records", "acts_unattended=yes",
                        "integration_kind=agent"),
                plan("Expense receipt checker", AttestationPlan.NONE, SIGNS_IN_SHORT_LIVED, "delegated_access=write",
                        "scope_breadth=task_scoped", "calls_tools=yes", "human_approves_each_action=yes",
                        "action_impact=read_data,create_records", "integration_kind=agent"));
    }

    /// The plan of the sample integration with this name, if it has one.
    public static Optional<Plan> forIntegration(String name) {
        return all().stream().filter(p -> p.integrationName().equals(name)).findFirst();
    }

    private static Plan plan(String name, AttestationPlan attestation, String[] shared, String... entries) {
        String[] all = Arrays.copyOf(shared, shared.length + entries.length);
        System.arraycopy(entries, 0, all, shared.length, entries.length);
        return build(name, attestation, all);
    }

    private static Plan plan(String name, AttestationPlan attestation, String... entries) {
        return build(name, attestation, entries);
    }

    private static Plan build(String name, AttestationPlan attestation, String[] entries) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (String entry : QUIET) {
            put(raw, entry);
        }
        for (String entry : entries) {
            put(raw, entry);
        }
        return new Plan(name, raw, attestation);
    }

    private static void put(Map<String, Object> raw, String entry) {
        int eq = entry.indexOf('=');
        String id = entry.substring(0, eq);
        String value = entry.substring(eq + 1);
        raw.put(id, id.equals("action_impact") ? List.of(value.split(",")) : value);
    }
}
