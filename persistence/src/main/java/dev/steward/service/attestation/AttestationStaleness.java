package dev.steward.service.attestation;

import dev.steward.storage.AttestationRepository;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.DbTime;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.storage.jooq.tables.records.AttestationRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/// Marks an integration's signed attestations STALE after a material change, inside the caller's transaction,
/// so the change and the loss of its attestation are committed together or not at all.
///
/// Only SIGNED rows move (the model's SIGNED → STALE transition). It works on the row's columns and never
/// parses the snapshot: an integration save must not fail because an old attestation row is unreadable.
public final class AttestationStaleness {
    private static final Logger LOG = LoggerFactory.getLogger(AttestationStaleness.class);

    private final DSLContext tx;

    public AttestationStaleness(DSLContext tx) {
        this.tx = tx;
    }

    /// @return how many attestations went stale (0 when there was nothing signed, or no change)
    public int markStale(long integrationId, List<MaterialChange> changes, Instant at, String who) {
        if (changes.isEmpty()) {
            return 0;
        }
        AttestationRepository attestations = new AttestationRepository(tx);
        String reasonsJson = AttestationRepository.staleReasonsJson(changes);
        String reasonsText = changes.stream().map(MaterialChange::toString).collect(Collectors.joining("; "));
        List<AuditEvent> events = new ArrayList<>();
        for (AttestationRecord row : attestations.forIntegration(integrationId)) {
            if (!AttestationState.SIGNED.name().equals(row.getState())) {
                continue;
            }
            attestations.update(row, r -> {
                r.setState(AttestationState.STALE.name());
                r.setStaleReasons(reasonsJson);
                r.setStaleAt(DbTime.toColumn(at));
            });
            events.add(new AuditEvent(0, at, who, AuditLog.ATTESTATION, row.getId(), AuditLog.MARK_STALE, "state",
                    AttestationState.SIGNED.name(), AttestationState.STALE.name() + ": " + reasonsText));
            LOG.info("Attestation {} of integration {} is stale: {}", row.getId(), integrationId, reasonsText);
        }
        new AuditLog(tx).append(events);
        return events.size();
    }
}
