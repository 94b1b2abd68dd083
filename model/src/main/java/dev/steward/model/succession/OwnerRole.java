package dev.steward.model.succession;

/// The ownership an integration hands on when its holder leaves.
public enum OwnerRole {
    SPONSOR,
    TECHNICAL_OWNER
}
