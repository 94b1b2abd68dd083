package dev.steward.service.campaign;

import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.RevocationPath;
import dev.steward.service.register.IntegrationWrites;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.RevocationTaskRepository;
import org.jooq.DSLContext;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/// What a revoke decision does, in the caller's transaction: suspends the integration (when its lifecycle
/// allows: a proposal still under review is not running, so it stays where it is) and opens a revocation task
/// carrying the kill switch and steps of its revocation path, due within the path's target time.
final class Revocation {
    /// The target when the revocation path names none: access gone within a working day.
    static final Duration DEFAULT_TARGET = Duration.ofHours(24);

    record Done(Integration integration, long taskId) {
    }

    private final DSLContext tx;
    private final Instant at;
    private final String who;

    Revocation(DSLContext tx, Instant at, String who) {
        this.tx = tx;
        this.at = at;
        this.who = who;
    }

    Done revoke(Integration integration, CampaignItem item) {
        Integration after = integration;
        if (integration.status() != LifecycleStatus.SUSPENDED
                && LifecycleRules.canMove(integration.status(), LifecycleStatus.SUSPENDED)) {
            after = IntegrationWrites.save(tx, who, AuditLog.UPDATE, integration,
                    integration.withStatus(LifecycleStatus.SUSPENDED), at);
        }
        RevocationPath path = integration.revocation();
        Duration target = path.targetTime() == null ? DEFAULT_TARGET : path.targetTime();
        Instant targetAt = at.plus(target);
        long taskId = new RevocationTaskRepository(tx).insert(integration.id(), item.id(), path.killSwitch(),
                path.steps(), targetAt, at, who);
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, AuditLog.REVOCATION_TASK, taskId, AuditLog.CREATE,
                null, null, "Revoke " + integration.name() + " by " + targetAt + " (campaign item " + item.id() + ")")));
        return new Done(after, taskId);
    }
}
