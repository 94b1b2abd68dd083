package dev.steward.model.classification;

/// The stable question ids of the built-in questionnaire. Answer files, automation and the
/// rules all refer to questions by these ids, so they never change meaning between versions.
public final class QuestionIds {
    public static final String INTEGRATION_KIND = "integration_kind";
    public static final String LOCAL_ONLY = "local_only";
    public static final String AUTHENTICATES = "authenticates";
    public static final String HOLDS_SECRETS = "holds_secrets";
    public static final String CREDENTIAL_AUTONOMY = "credential_autonomy";
    public static final String CREDENTIAL_LIFETIME = "credential_lifetime";
    public static final String SECRETS_OUTSIDE_MANAGER = "secrets_outside_manager";
    public static final String DELEGATED_ACCESS = "delegated_access";
    public static final String SCOPE_BREADTH = "scope_breadth";
    public static final String CALLS_TOOLS = "calls_tools";
    public static final String HUMAN_APPROVES_EACH_ACTION = "human_approves_each_action";
    public static final String ACTION_IMPACT = "action_impact";
    public static final String ACTS_UNATTENDED = "acts_unattended";
    public static final String CROSS_SAAS_TOKEN_HANDOFF = "cross_saas_token_handoff";
    public static final String PIPELINE_ROLE = "pipeline_role";
    public static final String INDEPENDENT_TOOL_ACCESS = "independent_tool_access";
    public static final String REVOCATION_OWNER = "revocation_owner";
    public static final String VENDOR_MANAGED = "vendor_managed";
    public static final String CREDENTIAL_OWNER = "credential_owner";
    public static final String REVOCATION_PATH = "revocation_path";
    public static final String NOTES = "notes";

    private QuestionIds() {
    }
}
