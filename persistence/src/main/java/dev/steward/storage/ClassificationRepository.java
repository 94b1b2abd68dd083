package dev.steward.storage;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.storage.jooq.tables.records.ClassificationRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.CLASSIFICATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;

/// Reads and appends stored classifications. Rows are never updated or deleted (except with their
/// integration), so the history stays complete.
///
/// "Newest" means latest {@code classified_at}, then highest id for rows stamped at the same instant.
/// The newest one's verdict and risk tier are also kept on the integration row ({@code latest_verdict},
/// {@code latest_risk_tier}, V9), for the register's filters; {@link #insert} updates them with the row.
/// Works on whatever {@link DSLContext} it is given, so the caller decides the transaction.
public final class ClassificationRepository {
    private static final SortField<?>[] NEWEST_FIRST = {CLASSIFICATION.CLASSIFIED_AT.desc(), CLASSIFICATION.ID.desc()};

    private final DSLContext ctx;

    public ClassificationRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Appends a classification of {@code integrationId} and sets the integration's latest verdict and tier
    /// from its newest classification, in the caller's transaction.
    ///
    /// @param answers           the answers as submitted (stored as given, including any the engine ignored)
    /// @param result            what the engine made of them
    /// @param escalationReasons why it escalated from the previous classification; empty when it did not
    /// @return the row as stored, read back through the same conversions as every later read
    public StoredClassification insert(long integrationId, Answers answers, Classification result,
                                       List<String> escalationReasons, Instant at, String by) {
        ClassificationRecord row = ctx.newRecord(CLASSIFICATION);
        row.setIntegrationId(integrationId);
        row.setQuestionnaireVersion(result.questionnaireVersion());
        row.setAnswers(ClassificationColumns.answersToJson(answers));
        row.setVerdict(result.verdict().name());
        row.setAutonomyLevel(result.autonomyLevel().name());
        row.setRiskTier(result.riskTier().name());
        row.setRequiredControls(ClassificationColumns.controlCodes(result.requiredControls()));
        row.setTrace(ClassificationColumns.traceToJson(result));
        row.setEscalated(!escalationReasons.isEmpty());
        row.setEscalationReasons(ClassificationColumns.reasonsText(escalationReasons));
        row.setClassifiedAt(DbTime.toColumn(at));
        row.setClassifiedBy(by);
        DashboardTally.Change tally = DashboardTally.before(ctx, List.of(integrationId));
        row.store();
        updateLatestOnIntegration(integrationId);
        tally.apply();
        return toStored(row);
    }

    /// Copies the newest classification's verdict and tier to the integration row. Read back rather than taken
    /// from the row just stored, so a classification stamped earlier than one already stored changes nothing.
    private void updateLatestOnIntegration(long integrationId) {
        ctx.update(INTEGRATION)
                .set(row(INTEGRATION.LATEST_VERDICT, INTEGRATION.LATEST_RISK_TIER),
                        select(CLASSIFICATION.VERDICT, CLASSIFICATION.RISK_TIER).from(CLASSIFICATION)
                                .where(CLASSIFICATION.INTEGRATION_ID.eq(integrationId))
                                .orderBy(NEWEST_FIRST).limit(1))
                .where(INTEGRATION.ID.eq(integrationId))
                .execute();
    }

    /// The newest classification of one integration, if it was ever classified.
    public Optional<StoredClassification> latest(long integrationId) {
        return ctx.selectFrom(CLASSIFICATION)
                .where(CLASSIFICATION.INTEGRATION_ID.eq(integrationId))
                .orderBy(NEWEST_FIRST)
                .limit(1)
                .fetchOptional(ClassificationRepository::toStored);
    }

    /// Every classification of one integration, newest first.
    public List<StoredClassification> history(long integrationId) {
        return ctx.selectFrom(CLASSIFICATION)
                .where(CLASSIFICATION.INTEGRATION_ID.eq(integrationId))
                .orderBy(NEWEST_FIRST)
                .fetch(ClassificationRepository::toStored);
    }

    /// The newest classification of every classified integration, keyed by integration id, in one query.
    ///
    /// A window function numbers each integration's rows newest first and keeps row 1, so older history is
    /// never sent back from the database (standard SQL; H2 and PostgreSQL both run it).
    public Map<Long, StoredClassification> latestForAll() {
        return latestWhere(noCondition());
    }

    /// The newest classification of each of these integrations that was ever classified.
    public Map<Long, StoredClassification> latestFor(Collection<Long> integrationIds) {
        return integrationIds.isEmpty() ? Map.of() : latestWhere(CLASSIFICATION.INTEGRATION_ID.in(integrationIds));
    }

    private Map<Long, StoredClassification> latestWhere(Condition which) {
        Field<Integer> rank = rowNumber().over()
                .partitionBy(CLASSIFICATION.INTEGRATION_ID)
                .orderBy(NEWEST_FIRST)
                .as("newest_rank");
        Table<?> ranked = ctx.select(CLASSIFICATION.asterisk(), rank).from(CLASSIFICATION).where(which)
                .asTable("ranked");
        Map<Long, StoredClassification> latest = new LinkedHashMap<>();
        ctx.select(ranked.fields(CLASSIFICATION.fields()))
                .from(ranked)
                .where(ranked.field(rank).eq(1))
                .orderBy(ranked.field(CLASSIFICATION.INTEGRATION_ID))
                .fetchInto(CLASSIFICATION)
                .forEach(row -> latest.put(row.getIntegrationId(), toStored(row)));
        return latest;
    }

    private static StoredClassification toStored(ClassificationRecord r) {
        return new StoredClassification(r.getId(), r.getIntegrationId(), r.getQuestionnaireVersion(),
                ClassificationColumns.answersFromJson(r.getAnswers()), NhiVerdict.valueOf(r.getVerdict()),
                AutonomyLevel.valueOf(r.getAutonomyLevel()), RiskTier.valueOf(r.getRiskTier()),
                ClassificationColumns.controlsFromCodes(r.getRequiredControls()),
                ClassificationColumns.traceFromJson(r.getTrace()), r.getEscalated(),
                ClassificationColumns.reasonsFromText(r.getEscalationReasons()),
                DbTime.fromColumn(r.getClassifiedAt()), r.getClassifiedBy());
    }
}
