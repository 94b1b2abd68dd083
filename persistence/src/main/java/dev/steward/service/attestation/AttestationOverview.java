package dev.steward.service.attestation;

import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.ReviewQueueCounts;
import dev.steward.storage.ReviewQueueQueries;
import dev.steward.storage.ReviewQueueQuery;
import dev.steward.storage.ReviewQueueRow;

import dev.steward.model.attestation.AttestationState;
import org.jooq.Record;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.ATTESTATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

/// Where every integration's attestation stands: the newest of each in one query, and the review queue.
///
/// Read-only and limited to states, names and dates, which every role may see; the snapshots, evidence and
/// signatures stay behind {@link AttestationService} and its permission checks. Methods block on the database.
public final class AttestationOverview {
    private final Database db;

    public AttestationOverview(Database db) {
        this.db = db;
    }

    /// The newest attestation of each integration that has one, ordered by integration name.
    public List<AttestationSummary> latestPerIntegration() {
        // portable SQL: newest = highest id per integration (ids only grow)
        var newest = select(max(ATTESTATION.ID)).from(ATTESTATION).groupBy(ATTESTATION.INTEGRATION_ID);
        return db.dsl().select(ATTESTATION.asterisk(), INTEGRATION.NAME)
                .from(ATTESTATION).join(INTEGRATION).on(INTEGRATION.ID.eq(ATTESTATION.INTEGRATION_ID))
                .where(ATTESTATION.ID.in(newest))
                .orderBy(INTEGRATION.NAME.asc())
                .fetch(AttestationOverview::toSummary);
    }

    /// The review queue's counts and its first `limit` rows, in one transaction: in SQL, so its cost follows the
    /// page and the queue's size, not every integration's attestation ({@link ReviewQueueQueries}).
    public ReviewQueueSnapshot reviewQueue(ReviewQueueQuery query, int limit) {
        return db.dsl().transactionResult(c -> {
            ReviewQueueQueries queue = new ReviewQueueQueries(c.dsl(), query);
            ReviewQueueCounts all = queue.counts();
            ReviewQueueCounts matching = queue.matching(all);
            return new ReviewQueueSnapshot(all, matching, queue.page(matching, 0, limit));
        });
    }

    /// Rows `offset` to `offset + limit` of the queue, placed by the `matching` counts of a {@link #reviewQueue}
    /// read of the same query.
    public List<ReviewQueueRow> reviewQueuePage(ReviewQueueQuery query, ReviewQueueCounts matching, int offset,
                                                int limit) {
        return new ReviewQueueQueries(db.dsl(), query).page(matching, offset, limit);
    }

    /// {@link #latestPerIntegration()} keyed by integration id.
    public Map<Long, AttestationSummary> byIntegration() {
        return latestPerIntegration().stream()
                .collect(Collectors.toMap(AttestationSummary::integrationId, Function.identity()));
    }

    private static AttestationSummary toSummary(Record r) {
        return new AttestationSummary(r.get(ATTESTATION.ID), r.get(ATTESTATION.INTEGRATION_ID), r.get(INTEGRATION.NAME),
                AttestationState.valueOf(r.get(ATTESTATION.STATE)),
                r.get(ATTESTATION.SUBMITTED_BY), DbTime.fromColumn(r.get(ATTESTATION.SUBMITTED_AT)),
                r.get(ATTESTATION.RETURNED_BY), DbTime.fromColumn(r.get(ATTESTATION.RETURNED_AT)),
                r.get(ATTESTATION.RETURN_COMMENT),
                r.get(ATTESTATION.SIGNER_NAME), DbTime.fromColumn(r.get(ATTESTATION.SIGNED_AT)),
                DbTime.fromColumn(r.get(ATTESTATION.EXPIRES_AT)), DbTime.fromColumn(r.get(ATTESTATION.STALE_AT)));
    }
}
