package dev.steward.model.register;

/// Kind of credential an integration authenticates with. Steward records only metadata about it.
public enum CredentialType {
    STATIC_API_KEY,
    OAUTH_CLIENT_REFRESH_TOKEN,
    SERVICE_ACCOUNT_KEY,
    SHORT_LIVED_OIDC_TOKEN,
    SPIFFE_SVID,
    USER_DELEGATED_TOKEN;
}
