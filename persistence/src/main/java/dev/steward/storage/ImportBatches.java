package dev.steward.storage;

import dev.steward.service.transfer.RegisterImporter;

import dev.steward.model.register.Integration;
import dev.steward.storage.jooq.tables.records.ImportBatchRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.LongFunction;

import static dev.steward.storage.jooq.Tables.IMPORT_BATCH;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;

/// The life of one import batch (V13): its integrations are written in short committed chunks that no reader
/// sees, then get their creation events, then become visible all at once by one short update of the batch's
/// row. No transaction of an import holds the register for longer than one chunk.
///
/// States: {@link #STAGING} while rows are written (a failure, a cancel, or the next open after a crash removes
/// them completely, chunk by chunk: they were never visible, so a half-removed batch shows nothing either);
/// {@link #AUDITING} once every row is written and checked, while the creation events are appended in chunks
/// (no longer cancellable: the next open after a crash finishes the batch from the last chunk that committed);
/// {@link #PUBLISHED}.
///
/// Readers hide the rows of batches not yet published with {@link Hidden}; with no such batch (nearly always)
/// they read exactly as before, without any extra condition.
public final class ImportBatches {
    private static final Logger LOG = LoggerFactory.getLogger(ImportBatches.class);

    static final String STAGING = "STAGING";
    static final String AUDITING = "AUDITING";
    static final String PUBLISHED = "PUBLISHED";
    /// Integrations per transaction when creation events are appended or rows are removed.
    static final int CHUNK = 1_000;

    private ImportBatches() {
    }

    /// Starts a batch (committed at once, before any of its rows is written) and returns its id.
    public static long begin(DSLContext ctx, String source, String who, Instant startedAt, Instant importedAt) {
        ImportBatchRecord row = ctx.newRecord(IMPORT_BATCH);
        row.setState(STAGING);
        row.setSource(source.length() > 1000 ? source.substring(source.length() - 1000) : source);
        row.setStartedBy(who);
        row.setStartedAt(DbTime.toColumn(startedAt));
        row.setImportedAt(DbTime.toColumn(importedAt));
        row.store();
        return row.getId();
    }

    /// Marks a fully written batch as checked (STAGING to AUDITING) with its row count. Runs in the caller's
    /// transaction; from its commit on, the batch is finished rather than removed.
    public static void sealed(DSLContext tx, long batch, int rows) {
        tx.update(IMPORT_BATCH).set(IMPORT_BATCH.STATE, AUDITING).set(IMPORT_BATCH.ROW_COUNT, rows)
                .where(IMPORT_BATCH.ID.eq(batch).and(IMPORT_BATCH.STATE.eq(STAGING))).execute();
    }

    /// Appends the creation event of every row of an AUDITING batch not yet audited, a chunk per transaction,
    /// then publishes the batch. Safe to call again after a crash at any point: it continues where the last
    /// committed chunk ended.
    ///
    /// @param ctx      for the chunks ({@link Database#bulkDsl()} in the app)
    /// @param durable  for the publishing commit, which must reach the disk ({@link Database#dsl()})
    /// @param progress told how many rows have their events so far
    public static void finish(DSLContext ctx, DSLContext durable, long batch, IntConsumer progress) {
        int done = audit(ctx, batch, progress);
        publish(durable, batch);
        LOG.info("Import batch {} published: {} integration(s)", batch, done);
    }

    /// The first step of {@link #finish}: the creation events, a chunk per transaction.
    ///
    /// @return how many rows of the batch have their events
    static int audit(DSLContext ctx, long batch, IntConsumer progress) {
        ImportBatchRecord row = ctx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batch)).fetchOne();
        if (row == null || !AUDITING.equals(row.getState())) {
            throw new IllegalStateException("Import batch " + batch + " is not ready to publish: "
                    + (row == null ? "absent" : row.getState()));
        }
        Instant at = DbTime.fromColumn(row.getImportedAt());
        String who = row.getStartedBy();
        LongFunction<String> personName = new PersonRepository(ctx).nameLookup();
        long last = row.getAuditedTo();
        int done = ctx.fetchCount(INTEGRATION, INTEGRATION.IMPORT_BATCH_ID.eq(batch).and(INTEGRATION.ID.le(last)));
        while (true) {
            long from = last;
            List<Long> chunk = ctx.transactionResult(c -> {
                DSLContext tx = c.dsl();
                List<Long> ids = tx.select(INTEGRATION.ID).from(INTEGRATION)
                        .where(INTEGRATION.IMPORT_BATCH_ID.eq(batch).and(INTEGRATION.ID.gt(from)))
                        .orderBy(INTEGRATION.ID).limit(CHUNK).fetch(INTEGRATION.ID);
                if (ids.isEmpty()) {
                    return ids;
                }
                List<AuditEvent> events = new ArrayList<>(ids.size());
                for (Integration i : new IntegrationRepository(tx).findByIds(ids)) {
                    events.addAll(AuditEvents.forIntegration(AuditLog.CREATE, null, i, at, who, personName));
                }
                new AuditLog(tx).append(events);
                tx.update(IMPORT_BATCH).set(IMPORT_BATCH.AUDITED_TO, ids.getLast())
                        .where(IMPORT_BATCH.ID.eq(batch)).execute();
                DashboardTally.added(tx, ids.getFirst(), ids.getLast(), batch);
                return ids;
            });
            if (chunk.isEmpty()) {
                break;
            }
            done += chunk.size();
            last = chunk.getLast();
            if (done % RegisterImporter.LOG_EVERY < chunk.size()) {
                LOG.info("Import batch {}: {} creation events written", batch, done);
            }
            progress.accept(done);
        }
        return done;
    }

    /// The last step of {@link #finish}: the batch's rows become everybody's, in one durable commit.
    static void publish(DSLContext durable, long batch) {
        durable.transaction(c -> {
            DashboardTally.publish(c.dsl(), batch);
            c.dsl().update(IMPORT_BATCH).set(IMPORT_BATCH.STATE, PUBLISHED)
                    .set(IMPORT_BATCH.PUBLISHED_AT, DbTime.toColumn(DbTime.now(java.time.Clock.systemUTC())))
                    .where(IMPORT_BATCH.ID.eq(batch)).execute();
        });
    }

    /// Removes a batch that was never published: its rows a chunk per transaction (child rows and search terms
    /// go with them, the terms removed first), then the batch itself. Safe to call again after a crash part way.
    public static void discard(DSLContext ctx, long batch) {
        int removed = 0;
        while (true) {
            int n = ctx.transactionResult(c -> {
                DSLContext tx = c.dsl();
                List<Long> ids = tx.select(INTEGRATION.ID).from(INTEGRATION)
                        .where(INTEGRATION.IMPORT_BATCH_ID.eq(batch)).limit(CHUNK).fetch(INTEGRATION.ID);
                if (ids.isEmpty()) {
                    return 0;
                }
                new SearchTermIndex(tx).removeAll(ids);
                return tx.deleteFrom(INTEGRATION).where(INTEGRATION.ID.in(ids)).execute();
            });
            if (n == 0) {
                break;
            }
            removed += n;
        }
        ctx.transaction(c -> {
            DashboardTally.discard(c.dsl(), batch);
            c.dsl().deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(batch).and(IMPORT_BATCH.STATE.ne(PUBLISHED)))
                    .execute();
        });
        LOG.info("Import batch {} removed: {} unpublished integration(s) deleted", batch, removed);
    }

    /// True when a batch is not published: what {@link #recover} has to do (plain JDBC, see {@link PlainQueries}).
    static boolean anyUnpublished(DataSource dataSource) {
        return PlainQueries.anyRow(dataSource, "SELECT 1 FROM import_batch WHERE state <> '" + PUBLISHED
                + "' FETCH FIRST 1 ROWS ONLY", "the import batches");
    }

    /// On open: removes every batch a crash left STAGING and finishes every batch it left AUDITING, before
    /// anyone reads the register.
    static void recover(DSLContext ctx) {
        for (ImportBatchRecord row : ctx.selectFrom(IMPORT_BATCH).where(IMPORT_BATCH.STATE.ne(PUBLISHED))
                .orderBy(IMPORT_BATCH.ID).fetch()) {
            if (AUDITING.equals(row.getState())) {
                LOG.warn("Import batch {} of {} was interrupted after all its rows were written: finishing it",
                        row.getId(), row.getSource());
                finish(ctx, ctx, row.getId(), done -> { });
            } else {
                LOG.warn("Import batch {} of {} was interrupted while writing: removing its rows",
                        row.getId(), row.getSource());
                discard(ctx, row.getId());
            }
        }
    }

    /// Which integrations readers must not see: the rows of batches not yet published, as read at one moment.
    ///
    /// A batch's row is committed before any of its integrations, and batch ids only grow, so a reader that
    /// finds the newest batch id unchanged after its reads ({@link #isCurrent}) saw no row of a batch it did
    /// not know about; otherwise it reads again with a fresh {@code Hidden}.
    public record Hidden(List<Long> batches, long newestBatch) {
        static final Hidden NONE = new Hidden(List.of(), 0);

        public Hidden {
            batches = List.copyOf(batches);
        }

        public static Hidden now(DSLContext ctx) {
            Long newest = ctx.select(max(IMPORT_BATCH.ID)).from(IMPORT_BATCH).fetchOne(0, Long.class);
            if (newest == null) {
                return NONE;
            }
            return new Hidden(ctx.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.STATE.ne(PUBLISHED))
                    .fetch(IMPORT_BATCH.ID), newest);
        }

        /// True when no batch started since this was read.
        boolean isCurrent(DSLContext ctx) {
            Long newest = ctx.select(max(IMPORT_BATCH.ID)).from(IMPORT_BATCH).fetchOne(0, Long.class);
            return (newest == null ? 0 : newest) == newestBatch;
        }

        boolean none() {
            return batches.isEmpty();
        }

        /// The condition that keeps visible rows, on a table's import_batch_id column; none when nothing is hidden.
        Condition visible(Field<Long> importBatchId) {
            return none() ? noCondition() : importBatchId.isNull().or(importBatchId.notIn(batches));
        }

        /// The ids of hidden integrations, for filtering ids read from other tables (search terms).
        Select<Record1<Long>> ids() {
            return select(INTEGRATION.ID).from(INTEGRATION).where(INTEGRATION.IMPORT_BATCH_ID.in(batches));
        }

        /// How many integrations are hidden.
        public int count(DSLContext ctx) {
            return none() ? 0 : ctx.fetchCount(INTEGRATION, INTEGRATION.IMPORT_BATCH_ID.in(batches));
        }
    }
}
