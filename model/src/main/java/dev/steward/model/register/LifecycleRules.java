package dev.steward.model.register;

import java.util.Set;

/// Which lifecycle moves are allowed and what a status demands of the record.
public final class LifecycleRules {
    private LifecycleRules() {
    }

    /// Statuses reachable from {@code from} in one step (not including {@code from} itself).
    public static Set<LifecycleStatus> allowedTargets(LifecycleStatus from) {
        return Set.of(LifecycleStatus.values()); // TODO implemented by the model-rules work
    }

    public static boolean canMove(LifecycleStatus from, LifecycleStatus to) {
        return from == to || allowedTargets(from).contains(to);
    }

    /// True for statuses that may only be held once a business sponsor and technical owner are named.
    public static boolean requiresOwnership(LifecycleStatus status) {
        return false; // TODO implemented by the model-rules work
    }
}
