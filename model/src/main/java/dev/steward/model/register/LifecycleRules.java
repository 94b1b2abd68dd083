package dev.steward.model.register;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.steward.model.register.LifecycleStatus.ACTIVE;
import static dev.steward.model.register.LifecycleStatus.APPROVED;
import static dev.steward.model.register.LifecycleStatus.IN_REVIEW;
import static dev.steward.model.register.LifecycleStatus.PROPOSED;
import static dev.steward.model.register.LifecycleStatus.RESTRICTED;
import static dev.steward.model.register.LifecycleStatus.RETIRED;
import static dev.steward.model.register.LifecycleStatus.SUSPENDED;
import static dev.steward.model.register.LifecycleStatus.UNDER_REASSESSMENT;

/// Which lifecycle moves are allowed and what a status demands of the record.
///
/// The table is deliberately explicit rather than derived from enum order: every arrow is a governance
/// decision (for example, a suspended integration must be reassessed before it may run again).
public final class LifecycleRules {
    private static final Map<LifecycleStatus, Set<LifecycleStatus>> TRANSITIONS = Map.of(
            PROPOSED, Set.of(IN_REVIEW, RETIRED),
            IN_REVIEW, Set.of(PROPOSED, APPROVED, RETIRED),
            APPROVED, Set.of(ACTIVE, RESTRICTED, UNDER_REASSESSMENT, SUSPENDED, RETIRED),
            ACTIVE, Set.of(RESTRICTED, UNDER_REASSESSMENT, SUSPENDED, RETIRED),
            RESTRICTED, Set.of(ACTIVE, UNDER_REASSESSMENT, SUSPENDED, RETIRED),
            UNDER_REASSESSMENT, Set.of(APPROVED, ACTIVE, RESTRICTED, SUSPENDED, RETIRED),
            SUSPENDED, Set.of(UNDER_REASSESSMENT, RETIRED),
            // Retired is terminal: the record stays for the audit trail but is read-only.
            RETIRED, Set.of());

    /// Once approved, an integration is someone's responsibility until it is retired.
    private static final Set<LifecycleStatus> OWNED_STATUSES =
            EnumSet.of(APPROVED, ACTIVE, RESTRICTED, UNDER_REASSESSMENT, SUSPENDED);

    private LifecycleRules() {
    }

    /// Statuses reachable from `from` in one step (not including `from` itself).
    /// The returned set is unmodifiable.
    public static Set<LifecycleStatus> allowedTargets(LifecycleStatus from) {
        return TRANSITIONS.get(from);
    }

    /// True when a record in `from` may be saved with status `to`; staying put is always allowed.
    public static boolean canMove(LifecycleStatus from, LifecycleStatus to) {
        return from == to || allowedTargets(from).contains(to);
    }

    /// True for statuses that may only be held once a business sponsor and technical owner are named.
    public static boolean requiresOwnership(LifecycleStatus status) {
        return OWNED_STATUSES.contains(status);
    }

    /// True for statuses whose records can no longer be edited.
    public static boolean isTerminal(LifecycleStatus status) {
        return allowedTargets(status).isEmpty();
    }
}
