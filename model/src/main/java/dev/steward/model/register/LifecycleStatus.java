package dev.steward.model.register;

/// Lifecycle of a register entry. See {@link LifecycleRules} for allowed moves and what each status requires.
public enum LifecycleStatus {
    PROPOSED,
    IN_REVIEW,
    APPROVED,
    ACTIVE,
    RESTRICTED,
    UNDER_REASSESSMENT,
    SUSPENDED,
    RETIRED;
}
