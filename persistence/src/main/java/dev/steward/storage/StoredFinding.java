package dev.steward.storage;

import dev.steward.model.discovery.Finding;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingStatus;

import java.time.Instant;
import java.util.List;

/// One row of `discovered_finding` (V15): the finding as the last run read it and where it stood.
///
/// @param integrationId    the integration it matched or was registered as, or `null`
/// @param dismissedOrigins the sources ({@link dev.steward.model.discovery.SourceRef#origin()}) a dismissal covered
public record StoredFinding(long id, Finding finding, String fingerprint, FindingStatus status,
                            List<FindingChange> changes, Long integrationId, Instant firstSeenAt, Instant lastSeenAt,
                            String lastSeenBy, String dismissedReason, String dismissedFingerprint,
                            List<String> dismissedOrigins, String dismissedBy, Instant dismissedAt) {
    public StoredFinding {
        changes = List.copyOf(changes);
        dismissedOrigins = List.copyOf(dismissedOrigins);
    }

    public boolean wasDismissed() {
        return dismissedReason != null;
    }
}
