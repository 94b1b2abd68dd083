package dev.steward.service.register;

import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AttestationStaleness;
import dev.steward.storage.AuditEvents;
import dev.steward.storage.AuditLog;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;

/// The one way a stored integration is overwritten inside a caller's transaction: the row at its version, the
/// audit events of the change, and (for an edit) staleness of the signed attestation. The register's edits,
/// a campaign's suspension and a confirmed succession all go through here, so none of them can skip the log.
/// The caller has already checked the actor's permission and the change's validity.
public final class IntegrationWrites {
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationWrites.class);

    private IntegrationWrites() {
    }

    /// Writes `edited` over `stored` and logs it as `action`.
    ///
    /// @throws dev.steward.storage.StaleRecordException when `edited` is no longer the stored version
    public static Integration save(DSLContext tx, String who, String action, Integration stored, Integration edited,
                                   Instant at) {
        Integration saved = new IntegrationRepository(tx).update(edited, at, who);
        new AuditLog(tx).append(AuditEvents.forIntegration(action, stored, saved, at, who,
                new PersonRepository(tx).nameLookup()));
        LOG.debug("{} saved integration {} as version {} ({})", who, saved.id(), saved.version(), action);
        return saved;
    }

    /// {@link #save}, then what a signer vouched for no longer holds: a material change (see
    /// {@link MaterialChange#between}) marks the signed attestation stale in the same transaction.
    public static Integration saveAndMarkStale(DSLContext tx, String who, String action, Integration stored,
                                               Integration edited, Instant at) {
        Integration saved = save(tx, who, action, stored, edited, at);
        new AttestationStaleness(tx).markStale(saved.id(), MaterialChange.between(stored, saved),
                saved.updatedAt(), saved.updatedBy());
        return saved;
    }
}
