package dev.steward.service.register;

import dev.steward.storage.StoredClassification;

import dev.steward.model.register.Integration;

import java.util.List;

/// What {@link RegisterService#classify} did.
///
/// @param stored               the classification as stored
/// @param integration          the integration afterwards: a new version when it was moved, otherwise as it was
/// @param movedToReassessment  true when the escalation moved it to
///                             {@link dev.steward.model.register.LifecycleStatus#UNDER_REASSESSMENT}
/// @param escalationReasons    why this classification is more serious than the previous one; empty when it is
///                             not (always empty for a first classification)
public record ClassificationOutcome(StoredClassification stored, Integration integration, boolean movedToReassessment,
                                    List<String> escalationReasons) {
    public ClassificationOutcome {
        escalationReasons = List.copyOf(escalationReasons);
    }

    public boolean escalated() {
        return !escalationReasons.isEmpty();
    }
}
