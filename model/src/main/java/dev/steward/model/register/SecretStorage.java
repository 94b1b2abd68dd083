package dev.steward.model.register;

/// Where the credential material lives. Anything but a secrets manager is a finding.
public enum SecretStorage {
    SECRETS_MANAGER,
    ENVIRONMENT_VARIABLE,
    CONFIG_FILE,
    SOURCE_CODE;
}
