package dev.steward.storage;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.register.LifecycleStatus;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.steward.storage.jooq.Tables.DASHBOARD_TALLY;
import static dev.steward.storage.jooq.Tables.IMPORT_BATCH;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.max;

/// The dashboard's totals kept in step by every writer (db/migration V19), so that the counts at a million
/// integrations are a read of a few thousand rows, not twenty passes over the register ({@link GapQueries}
/// stays the definition of every gap and answers the pages of gaps). The review queue's counts are kept in the
/// same rows under keys of their own ({@link QueueTally}).
///
/// What each integration adds to the totals is worked out from the same SQL as {@link GapQueries}, with each gap
/// that depends on the date counted on the days it applies ({@link Window}): a writer reads what the integrations
/// it changes add now ({@link #before}), changes them, and adds the difference ({@link Change#apply}). The totals
/// are only written with the audit head locked, so writers take turns on them and none is lost; the head is
/// taken after the integrations' rows, the order every writer already locks them in.
///
/// An import's rows count under its batch once their creation events are written and join the totals everybody
/// reads when the batch is published ({@link #publish}); rows still being written count nowhere.
public final class DashboardTally {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardTally.class);
    /// Far enough back for every rule, and after 1582, which JDBC drivers convert between calendars.
    static final LocalDate ALWAYS = LocalDate.of(1900, 1, 1);
    static final LocalDate FOREVER = LocalDate.of(9999, 12, 31);
    /// The totals of rows everybody sees.
    static final long VISIBLE = 0;
    private static final String BUILT = "#built";
    private static final String ANY = "any";
    private static final String GAP = "gap:";
    private static final String CHART = "chart:";
    /// Integration ids per pass when the whole register is worked out.
    private static final int CHUNK = 1_000;
    private static final int IN_LIST = 500;
    /// Up to this many ids, each gap's query starts from their keys by itself (see GapQueries.counted).
    private static final int FEW = 20;

    /// The days on which something counts, both included.
    public record Window(LocalDate from, LocalDate to) {
        public static final Window ALWAYS = new Window(DashboardTally.ALWAYS, FOREVER);

        static Window from(LocalDate day) {
            return new Window(day, FOREVER);
        }
    }

    /// One row of the totals.
    private record Key(String key, LocalDate from, LocalDate to, long batch) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::key).thenComparing(Key::from)
                .thenComparing(Key::to).thenComparingLong(Key::batch);
    }

    /// What the dashboard shows before its list, as of one day.
    ///
    /// @param gaps     kinds without gaps left out
    /// @param affected live integrations with at least one gap
    public record Totals(DashboardCounts charts, Map<GapKind, Integer> gaps, int affected) {
    }

    /// A change under way to some integrations, or to what their gaps read (a person, an attestation): what they
    /// added to the totals before it.
    public static final class Change {
        private final DSLContext ctx;
        private final List<Long> ids;
        private final Map<Key, Long> before;

        private Change(DSLContext ctx, List<Long> ids, boolean isNew) {
            this.ctx = ctx;
            this.ids = ids;
            this.before = isNew ? new HashMap<>() : contributionsOf(ctx, ids, null);
        }

        /// Adds to the totals what the change made different, and puts the integrations' gaps in the dashboard's
        /// order afresh ({@link GapIndex}); call once it is written, in the same transaction.
        public void apply() {
            if (ids.isEmpty()) {
                return;
            }
            List<GapIndex.Row> gaps = new ArrayList<>();
            Map<Key, Long> delta = contributionsOf(ctx, ids, gaps);
            for (List<Long> chunk : chunks(ids)) {
                GapIndex.remove(ctx, chunk);
            }
            GapIndex.insert(ctx, gaps);
            before.forEach((key, n) -> delta.merge(key, -n, Long::sum));
            write(ctx, delta);
        }
    }

    private DashboardTally() {
    }

    /// Locks the rows of the integrations `ids` and the audit head until the transaction ends, and reads what
    /// those integrations add to the totals now. Call before changing them or anything their gaps read.
    public static Change before(DSLContext ctx, Collection<Long> ids) {
        return lockAndRead(ctx, ids, false);
    }

    /// As {@link #before} for integrations just inserted (their rows may be incomplete yet): they added nothing.
    public static Change inserted(DSLContext ctx, Collection<Long> ids) {
        return lockAndRead(ctx, ids, true);
    }

    private static Change lockAndRead(DSLContext ctx, Collection<Long> ids, boolean isNew) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        if (sorted.isEmpty()) {
            return new Change(ctx, sorted, true);
        }
        // in id order, so that two writers locking overlapping sets cannot each wait for the other
        for (List<Long> chunk : chunks(sorted)) {
            ctx.select(INTEGRATION.ID).from(INTEGRATION).where(INTEGRATION.ID.in(chunk))
                    .orderBy(INTEGRATION.ID).forUpdate().fetch();
        }
        new AuditLog(ctx).holdHead();
        return new Change(ctx, sorted, isNew);
    }

    /// What the integrations `ids` add, a few hundred at a time (the UNION of every gap's query binds the ids
    /// once per source, and PostgreSQL takes at most 32,767 values in one statement); their gaps added to `gaps`
    /// unless it is `null`.
    private static Map<Key, Long> contributionsOf(DSLContext ctx, List<Long> ids, List<GapIndex.Row> gaps) {
        Map<Key, Long> all = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            contributions(ctx, INTEGRATION.as("i").ID.in(chunk), chunk.size() > FEW, gaps)
                    .forEach((key, n) -> all.merge(key, n, Long::sum));
        }
        return all;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int at = 0; at < ids.size(); at += IN_LIST) {
            chunks.add(ids.subList(at, Math.min(ids.size(), at + IN_LIST)));
        }
        return chunks;
    }

    /// Adds the rows of a batch whose creation events were just written (they count under the batch from now on):
    /// runs in the transaction that wrote the events, which holds the audit head.
    static void added(DSLContext tx, long firstId, long lastId, long batch) {
        List<GapIndex.Row> gaps = new ArrayList<>();
        write(tx, contributions(tx, INTEGRATION.as("i").ID.between(firstId, lastId)
                .and(INTEGRATION.as("i").IMPORT_BATCH_ID.eq(batch)), true, gaps));
        GapIndex.insert(tx, gaps);
    }

    /// Folds the totals of a batch into what everybody reads; runs in the transaction that publishes it.
    ///
    /// The batch's gaps are moved first, before the audit head is taken: one update of every gap the import
    /// found (seconds for a hundred thousand rows), which no other writer waits for, since no one else writes
    /// the gaps of rows still hidden. Holding the head through it would stall every save meanwhile, and at a
    /// million rows time them out.
    static void publish(DSLContext tx, long batch) {
        GapIndex.publish(tx, batch);
        new AuditLog(tx).holdHead();
        Map<Key, Long> moved = new HashMap<>();
        for (var r : tx.selectFrom(DASHBOARD_TALLY).where(DASHBOARD_TALLY.BATCH_ID.eq(batch)).fetch()) {
            moved.merge(new Key(r.getTallyKey(), r.getFromDay(), r.getToDay(), VISIBLE), r.getN(), Long::sum);
        }
        tx.deleteFrom(DASHBOARD_TALLY).where(DASHBOARD_TALLY.BATCH_ID.eq(batch)).execute();
        write(tx, moved);
    }

    /// Removes what a discarded batch counted.
    static void discard(DSLContext ctx, long batch) {
        ctx.deleteFrom(DASHBOARD_TALLY).where(DASHBOARD_TALLY.BATCH_ID.eq(batch)).execute();
        GapIndex.discard(ctx, batch);
    }

    /// The totals as of `today`, or `null` while they were never worked out for this register.
    public static Totals read(DSLContext ctx, LocalDate today) {
        Map<String, Long> sums = new HashMap<>();
        for (var r : ctx.select(DASHBOARD_TALLY.TALLY_KEY, DASHBOARD_TALLY.N).from(DASHBOARD_TALLY)
                .where(DASHBOARD_TALLY.BATCH_ID.eq(VISIBLE)).and(DASHBOARD_TALLY.FROM_DAY.le(today))
                .and(DASHBOARD_TALLY.TO_DAY.ge(today)).fetch()) {
            sums.merge(r.value1(), r.value2(), Long::sum);
        }
        if (!sums.containsKey(BUILT)) {
            return null;
        }
        Map<NhiVerdict, Integer> verdicts = new EnumMap<>(NhiVerdict.class);
        Map<RiskTier, Integer> tiers = new EnumMap<>(RiskTier.class);
        Map<LifecycleStatus, Integer> statuses = new EnumMap<>(LifecycleStatus.class);
        Map<GapKind, Integer> gaps = new EnumMap<>(GapKind.class);
        int unclassified = 0;
        int affected = 0;
        for (Map.Entry<String, Long> e : sums.entrySet()) {
            int n = Math.toIntExact(e.getValue());
            String key = e.getKey();
            if (n == 0 || key.equals(BUILT) || key.startsWith(QueueTally.PREFIX)) {
                continue;
            }
            if (key.equals(ANY)) {
                affected = n;
            } else if (key.startsWith(GAP)) {
                gaps.put(GapKind.valueOf(key.substring(GAP.length())), n);
            } else {
                String[] parts = key.substring(CHART.length()).split(":", -1);
                LifecycleStatus status = LifecycleStatus.valueOf(parts[0]);
                statuses.merge(status, n, Integer::sum);
                if (status == LifecycleStatus.RETIRED) {
                    continue;
                }
                if (parts[1].isEmpty() || parts[2].isEmpty()) {
                    unclassified += n;
                } else {
                    verdicts.merge(NhiVerdict.valueOf(parts[1]), n, Integer::sum);
                    tiers.merge(RiskTier.valueOf(parts[2]), n, Integer::sum);
                }
            }
        }
        return new Totals(new DashboardCounts(verdicts, tiers, statuses, unclassified), gaps, affected);
    }

    /// True once the totals (and the gaps' order, {@link GapIndex}) were worked out for this register.
    static boolean isBuilt(DSLContext ctx) {
        return ctx.fetchExists(DASHBOARD_TALLY, DASHBOARD_TALLY.TALLY_KEY.eq(BUILT)
                .and(DASHBOARD_TALLY.BATCH_ID.eq(VISIBLE)));
    }

    /// As {@link #isBuilt(DSLContext)}, on open (plain JDBC, see {@link PlainQueries}).
    static boolean isBuilt(DataSource dataSource) {
        return PlainQueries.anyRow(dataSource, "SELECT 1 FROM dashboard_tally WHERE tally_key = '" + BUILT
                + "' AND batch_id = " + VISIBLE, "the dashboard's totals");
    }

    /// Works the totals and the gaps' order out over the whole register, replacing any there were, in one
    /// transaction holding the
    /// audit head: after the migration that adds them, on open or on `steward team upgrade`, and after bulk
    /// writes that bypass the repositories (the benchmarks' generated registers).
    public static void rebuild(DSLContext ctx) {
        long started = System.nanoTime();
        Long newestId = ctx.transactionResult(c -> {
            DSLContext tx = c.dsl();
            new AuditLog(tx).holdHead();
            Map<Key, Long> all = new HashMap<>();
            GapIndex.clear(tx);
            Long newest = tx.select(max(INTEGRATION.ID)).from(INTEGRATION).fetchOne(0, Long.class);
            for (long from = 1; newest != null && from <= newest; from += CHUNK) {
                List<GapIndex.Row> gaps = new ArrayList<>();
                contributions(tx, INTEGRATION.as("i").ID.between(from, from + CHUNK - 1), true, gaps)
                        .forEach((key, n) -> all.merge(key, n, Long::sum));
                GapIndex.insert(tx, gaps);
            }
            all.put(new Key(BUILT, ALWAYS, FOREVER, VISIBLE), 1L);
            tx.deleteFrom(DASHBOARD_TALLY).execute();
            write(tx, all);
            return newest;
        });
        LOG.info("Dashboard totals worked out over {} integration id(s) in {} ms", newestId == null ? 0 : newestId,
                (System.nanoTime() - started) / 1_000_000);
    }

    /// What the integrations `which` selects add to the totals: their chart row, each gap on its days,
    /// "has any gap" on the days at least one applies, and their newest attestation's place in the review queue
    /// ({@link QueueTally}). Rows of a batch count under it once audited; rows still
    /// being written count nowhere. Adds each gap counted to `gaps` unless it is `null`.
    private static Map<Key, Long> contributions(DSLContext ctx, Condition which, boolean many,
                                                List<GapIndex.Row> gaps) {
        Map<Long, Long> audited = new HashMap<>();
        Map<Long, Long> batchOf = new HashMap<>();
        for (var b : ctx.select(IMPORT_BATCH.ID, IMPORT_BATCH.STATE, IMPORT_BATCH.AUDITED_TO).from(IMPORT_BATCH)
                .where(IMPORT_BATCH.STATE.ne(ImportBatches.PUBLISHED)).fetch()) {
            audited.put(b.value1(), ImportBatches.AUDITING.equals(b.value2()) ? b.value3() : 0L);
        }
        Map<Key, Long> added = new HashMap<>();
        var i = INTEGRATION.as("i");
        for (Record r : ctx.select(i.ID, i.IMPORT_BATCH_ID, i.STATUS, i.LATEST_VERDICT, i.LATEST_RISK_TIER).from(i)
                .where(which).fetch()) {
            Long batch = countedUnder(r.get(i.ID), r.get(i.IMPORT_BATCH_ID), audited);
            if (batch == null) {
                continue;
            }
            batchOf.put(r.get(i.ID), batch);
            String chart = CHART + r.get(i.STATUS) + ":" + orEmpty(r.get(i.LATEST_VERDICT)) + ":"
                    + orEmpty(r.get(i.LATEST_RISK_TIER));
            added.merge(new Key(chart, ALWAYS, FOREVER, batch), 1L, Long::sum);
        }
        Map<Long, List<Window>> windows = new TreeMap<>();
        for (GapQueries.Counted gap : GapQueries.counted(ctx, which, many)) {
            Long batch = batchOf.get(gap.integrationId());
            if (batch == null) {
                continue;
            }
            Window w = gap.window();
            added.merge(new Key(GAP + gap.kind().name(), w.from(), w.to(), batch), 1L, Long::sum);
            if (gaps != null) {
                gaps.add(new GapIndex.Row(batch, gap.kind(), gap.name(), gap.integrationId(), gap.order(), w));
            }
            windows.computeIfAbsent(gap.integrationId(), k -> new ArrayList<>()).add(w);
        }
        for (QueueTally.Entry queued : QueueTally.entries(ctx, which)) {
            Long batch = batchOf.get(queued.integrationId());
            if (batch != null) {
                added.merge(new Key(queued.key(), queued.from(), queued.to(), batch), 1L, Long::sum);
            }
        }
        windows.forEach((id, list) -> {
            for (Window w : union(list)) {
                added.merge(new Key(ANY, w.from(), w.to(), batchOf.get(id)), 1L, Long::sum);
            }
        });
        return added;
    }

    private static Long countedUnder(long id, Long batch, Map<Long, Long> audited) {
        if (batch == null || !audited.containsKey(batch)) {
            return VISIBLE;
        }
        return id <= audited.get(batch) ? batch : null;
    }

    /// The days covered by any of `windows`, as windows that neither overlap nor touch.
    static List<Window> union(List<Window> windows) {
        List<Window> sorted = windows.stream().sorted(Comparator.comparing(Window::from)).toList();
        List<Window> merged = new ArrayList<>();
        for (Window w : sorted) {
            Window last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && !w.from().isAfter(last.to().plusDays(last.to().equals(FOREVER) ? 0 : 1))) {
                if (w.to().isAfter(last.to())) {
                    merged.set(merged.size() - 1, new Window(last.from(), w.to()));
                }
            } else {
                merged.add(w);
            }
        }
        return merged;
    }

    /// Adds each non-zero difference to its row, in key order, and drops rows that fall to zero.
    private static void write(DSLContext ctx, Map<Key, Long> delta) {
        List<Query> queries = new ArrayList<>();
        boolean anyDown = false;
        for (Key key : delta.keySet().stream().sorted(Key.ORDER).toList()) {
            long n = delta.get(key);
            if (n == 0) {
                continue;
            }
            anyDown |= n < 0;
            queries.add(ctx.insertInto(DASHBOARD_TALLY, DASHBOARD_TALLY.TALLY_KEY, DASHBOARD_TALLY.FROM_DAY,
                            DASHBOARD_TALLY.TO_DAY, DASHBOARD_TALLY.BATCH_ID, DASHBOARD_TALLY.N)
                    .values(key.key(), key.from(), key.to(), key.batch(), n)
                    .onDuplicateKeyUpdate().set(DASHBOARD_TALLY.N, DASHBOARD_TALLY.N.plus(n)));
        }
        if (queries.isEmpty()) {
            return;
        }
        ctx.batch(queries).execute();
        if (anyDown) {
            ctx.deleteFrom(DASHBOARD_TALLY).where(DASHBOARD_TALLY.N.eq(0L)).execute();
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
