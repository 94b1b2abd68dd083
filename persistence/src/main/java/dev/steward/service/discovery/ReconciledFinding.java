package dev.steward.service.discovery;

import dev.steward.model.discovery.Finding;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingStatus;

import java.util.List;

/// A finding as reconciled with the register: what it matched, what changed, what to look at.
///
/// @param id              its stored row, 0 in a dry run for a finding never stored
/// @param integrationId   the matched integration, or `null` for a new finding
/// @param integrationName that integration's name, or `null`
/// @param changes         what it adds to the matched record (empty when new or matched)
/// @param flags           {@link dev.steward.model.discovery.FindingFlags}
/// @param reassessed      the run saved its material changes and moved the integration to under reassessment
/// @param dismissedReason why it was dismissed, also when it has come back since; `null` when never dismissed
public record ReconciledFinding(long id, Finding finding, FindingStatus status, Long integrationId,
                                String integrationName, List<FindingChange> changes, List<String> flags,
                                boolean reassessed, String dismissedReason) {
    public ReconciledFinding {
        changes = List.copyOf(changes);
        flags = List.copyOf(flags);
    }

    public boolean material() {
        return changes.stream().anyMatch(FindingChange::material);
    }
}
