package dev.steward.model.classification;

import java.util.Arrays;
import java.util.Optional;

/// The Steward controls a classification can make mandatory. Codes are stable and are what
/// other modules store and map to external frameworks; titles may be reworded.
public enum ControlId {
    REGISTERED_OWNER_SPONSOR("STW-01", "A named business sponsor and technical owner are on record"),
    WORKLOAD_IDENTITY("STW-02", "It runs under its own workload identity, not a personal or shared account"),
    SHORT_LIVED_CREDENTIALS("STW-03", "Credentials are issued automatically and expire within hours"),
    SECRETS_IN_MANAGER("STW-04", "Its secrets live only in an approved secrets manager"),
    LEAST_PRIVILEGE_REVIEW("STW-05", "Its scopes are reviewed against least privilege on a schedule"),
    RUNTIME_POLICY_AUTHZ("STW-06", "Each action is authorised by policy at run time"),
    ACTIVITY_LOGGING("STW-07", "Its actions are logged and attributable to this identity"),
    ROTATION_SCHEDULE("STW-08", "Its credentials are rotated on a defined schedule"),
    TESTED_REVOCATION("STW-09", "The revocation path is documented and has been tested"),
    ENVIRONMENT_ISOLATION("STW-10", "Production access is separated from test and development"),
    NO_IDENTITY_REUSE("STW-11", "Its identity is not shared with other agents, pipelines or platforms"),
    NO_HUMAN_USE_OF_AGENT_IDENTITY("STW-12", "No person signs in with the integration's identity"),
    HUMAN_APPROVAL_HIGH_IMPACT("STW-13", "A person approves every high-impact action before it runs"),
    VENDOR_CREDENTIAL_OWNERSHIP("STW-14", "Credential ownership and revocation with the vendor are agreed in writing");

    private final String code;
    private final String title;

    ControlId(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /// Stable short code such as `STW-03`.
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public static Optional<ControlId> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
