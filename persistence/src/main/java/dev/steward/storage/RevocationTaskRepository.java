package dev.steward.storage;

import dev.steward.model.register.RevocationTestResult;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.REVOCATION_TASK;

/// Revocation tasks opened by revoke decisions, in the caller's transaction.
public final class RevocationTaskRepository {
    private final DSLContext ctx;

    public RevocationTaskRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insert(long integrationId, Long campaignItemId, String killSwitch, String steps, Instant targetAt,
                       Instant at, String by) {
        return ctx.insertInto(REVOCATION_TASK)
                .set(REVOCATION_TASK.INTEGRATION_ID, integrationId)
                .set(REVOCATION_TASK.CAMPAIGN_ITEM_ID, campaignItemId)
                .set(REVOCATION_TASK.KILL_SWITCH, killSwitch)
                .set(REVOCATION_TASK.STEPS, steps)
                .set(REVOCATION_TASK.TARGET_AT, DbTime.toColumn(targetAt))
                .set(REVOCATION_TASK.CREATED_AT, DbTime.toColumn(at))
                .set(REVOCATION_TASK.CREATED_BY, by)
                .returningResult(REVOCATION_TASK.ID).fetchOne(REVOCATION_TASK.ID);
    }

    public Optional<RevocationTask> find(long id) {
        return ctx.selectFrom(REVOCATION_TASK).where(REVOCATION_TASK.ID.eq(id)).fetchOptional(RevocationTaskRepository::toTask);
    }

    /// Every task, open ones first, each group by target time.
    public List<RevocationTask> findAll() {
        return ctx.selectFrom(REVOCATION_TASK)
                .orderBy(REVOCATION_TASK.DRILL_RESULT.isNull().desc(), REVOCATION_TASK.TARGET_AT, REVOCATION_TASK.ID)
                .fetch(RevocationTaskRepository::toTask);
    }

    /// @return false when a result was recorded already
    public boolean recordDrill(long id, RevocationTestResult result, String notes, Instant at, String by) {
        return ctx.update(REVOCATION_TASK).set(REVOCATION_TASK.DRILL_RESULT, result.name())
                .set(REVOCATION_TASK.DRILL_NOTES, notes).set(REVOCATION_TASK.DRILL_RECORDED_AT, DbTime.toColumn(at))
                .set(REVOCATION_TASK.DRILL_RECORDED_BY, by)
                .where(REVOCATION_TASK.ID.eq(id).and(REVOCATION_TASK.DRILL_RESULT.isNull())).execute() == 1;
    }

    private static RevocationTask toTask(dev.steward.storage.jooq.tables.records.RevocationTaskRecord r) {
        return new RevocationTask(r.getId(), r.getIntegrationId(), r.getCampaignItemId(), r.getKillSwitch(), r.getSteps(),
                DbTime.fromColumn(r.getTargetAt()), DbTime.fromColumn(r.getCreatedAt()), r.getCreatedBy(),
                r.getDrillResult() == null ? null : RevocationTestResult.valueOf(r.getDrillResult()), r.getDrillNotes(),
                DbTime.fromColumn(r.getDrillRecordedAt()), r.getDrillRecordedBy());
    }
}
