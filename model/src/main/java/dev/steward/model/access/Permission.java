package dev.steward.model.access;

/// One thing a user may do. {@link #readOnly()} marks the permissions that change nothing, which is
/// what the auditor role is limited to.
public enum Permission {
    VIEW_REGISTER("view the register", true),
    VIEW_ATTESTATIONS("view attestations", true),
    VIEW_AUDIT_LOG("view the audit log", true),
    VERIFY_SIGNATURES("verify signatures and the audit log", true),
    EXPORT_EVIDENCE("export attestation bundles and reports", true),
    EDIT_INTEGRATIONS("edit integrations", false),
    CLASSIFY_INTEGRATIONS("classify integrations", false),
    ASSESS_CONTROLS("assess controls and upload evidence", false),
    SUBMIT_ATTESTATIONS("submit attestations", false),
    SIGN_ATTESTATIONS("sign attestations", false),
    RETURN_ATTESTATIONS("return attestations to the reviewer", false),
    DECIDE_CAMPAIGN_ITEMS("decide recertification campaign items", false),
    MANAGE_CAMPAIGNS("create and close recertification campaigns", false),
    MANAGE_OWN_SIGNING_KEY("create or replace a personal signing key", false),
    MANAGE_USERS("manage user accounts and roles", false);

    private final String description;
    private final boolean readOnly;

    Permission(String description, boolean readOnly) {
        this.description = description;
        this.readOnly = readOnly;
    }

    /// Lower-case phrase that completes "may not ...", e.g. "sign attestations".
    public String description() {
        return description;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
