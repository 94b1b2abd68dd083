package dev.steward.storage;

import dev.steward.model.dashboard.GapKind;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

import java.time.LocalDate;
import java.util.List;

import static dev.steward.storage.jooq.Tables.DASHBOARD_GAP;

/// The dashboard's gaps in its order, one row per gap (db/migration V20), kept in step with the totals by
/// {@link DashboardTally}: a block of gaps of one kind is a walk of one index that stops after the block, where
/// {@link GapQueries} alone would find every gap of that kind and sort it by name. Only which gap is where is
/// kept here; what a gap says is read from the register for the block shown.
final class GapIndex {
    /// Rows per JDBC batch when many are written at once.
    private static final int BATCH = 1_000;

    /// One gap: of which kind, whose (the integration's name, to sort by), its place inside the integration, the
    /// days it applies and the import batch whose rows it belongs to ({@link DashboardTally#VISIBLE} for rows
    /// everybody sees).
    record Row(long batch, GapKind kind, String name, long integrationId, int order, DashboardTally.Window window) {
    }

    /// Where a gap is: the integration and its place inside it.
    record At(long integrationId, int order) {
    }

    private GapIndex() {
    }

    /// Removes the gaps of the integrations `ids` (a few hundred at most).
    static void remove(DSLContext ctx, List<Long> ids) {
        ctx.deleteFrom(DASHBOARD_GAP).where(DASHBOARD_GAP.INTEGRATION_ID.in(ids)).execute();
    }

    static void insert(DSLContext ctx, List<Row> rows) {
        for (int at = 0; at < rows.size(); at += BATCH) {
            BatchBindStep batch = ctx.batch(ctx.insertInto(DASHBOARD_GAP, DASHBOARD_GAP.BATCH_ID, DASHBOARD_GAP.KIND,
                    DASHBOARD_GAP.NAME, DASHBOARD_GAP.INTEGRATION_ID, DASHBOARD_GAP.ORD, DASHBOARD_GAP.FROM_DAY,
                    DASHBOARD_GAP.TO_DAY).values((Long) null, null, null, null, null, null, null));
            for (Row r : rows.subList(at, Math.min(rows.size(), at + BATCH))) {
                batch = batch.bind(r.batch(), r.kind().name(), r.name(), r.integrationId(), r.order(),
                        r.window().from(), r.window().to());
            }
            batch.execute();
        }
    }

    /// The gaps of a published batch become everybody's.
    static void publish(DSLContext tx, long batch) {
        tx.update(DASHBOARD_GAP).set(DASHBOARD_GAP.BATCH_ID, DashboardTally.VISIBLE)
                .where(DASHBOARD_GAP.BATCH_ID.eq(batch)).execute();
    }

    static void discard(DSLContext ctx, long batch) {
        ctx.deleteFrom(DASHBOARD_GAP).where(DASHBOARD_GAP.BATCH_ID.eq(batch)).execute();
    }

    static void clear(DSLContext ctx) {
        ctx.deleteFrom(DASHBOARD_GAP).execute();
    }

    /// Gaps `offset` to `offset + limit` of one kind that everybody sees and that apply on `today`, in the
    /// dashboard's order: integration name (ignoring case), id, place inside the integration.
    static List<At> page(DSLContext ctx, GapKind kind, LocalDate today, int offset, int limit) {
        return ctx.select(DASHBOARD_GAP.INTEGRATION_ID, DASHBOARD_GAP.ORD).from(DASHBOARD_GAP)
                .where(DASHBOARD_GAP.BATCH_ID.eq(DashboardTally.VISIBLE))
                .and(DASHBOARD_GAP.KIND.eq(kind.name()))
                .and(DASHBOARD_GAP.FROM_DAY.le(today)).and(DASHBOARD_GAP.TO_DAY.ge(today))
                // batch and kind are fixed above; naming them too is what lets H2 see the index's own order and
                // stop after the block instead of sorting every gap of the kind
                .orderBy(DASHBOARD_GAP.BATCH_ID, DASHBOARD_GAP.KIND, DASHBOARD_GAP.NAME, DASHBOARD_GAP.INTEGRATION_ID,
                        DASHBOARD_GAP.ORD)
                .limit(limit).offset(offset)
                .fetch(r -> new At(r.value1(), r.value2()));
    }
}
