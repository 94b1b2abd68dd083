package dev.steward.model.register;

/// Where an integration runs. An integration may run in several.
public enum DeploymentEnvironment {
    DEVELOPMENT,
    TEST,
    STAGING,
    PRODUCTION;
}
