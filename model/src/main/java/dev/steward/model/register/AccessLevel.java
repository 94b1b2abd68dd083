package dev.steward.model.register;

/// Level of access an integration holds on a data set or system, ordered from least to most powerful.
public enum AccessLevel {
    READ,
    WRITE,
    ADMIN;
}
