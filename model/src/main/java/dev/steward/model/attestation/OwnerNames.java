package dev.steward.model.attestation;

import dev.steward.model.register.Integration;

import java.util.List;
import java.util.function.LongFunction;

/// The owners' names as they were when a snapshot was taken: ids alone would change meaning if a
/// person record were later renamed or reused.
///
/// @param sponsor        {@code null} when no sponsor was assigned
/// @param technicalOwner {@code null} when no technical owner was assigned
public record OwnerNames(String sponsor, String technicalOwner, List<String> backupOwners) {
    public OwnerNames {
        backupOwners = List.copyOf(backupOwners == null ? List.of() : backupOwners);
    }

    /// @param personName the name for a person id, e.g. from the people table
    public static OwnerNames of(Integration integration, LongFunction<String> personName) {
        return new OwnerNames(
                integration.sponsorId() == null ? null : personName.apply(integration.sponsorId()),
                integration.technicalOwnerId() == null ? null : personName.apply(integration.technicalOwnerId()),
                integration.backupOwnerIds().stream().map(id -> personName.apply(id)).toList());
    }
}
