package dev.steward.storage;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.storage.jooq.tables.Attestation;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.steward.storage.jooq.Tables.ATTESTATION;
import static dev.steward.storage.jooq.Tables.DASHBOARD_TALLY;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/// The review queue's counts kept in step by the writers of the dashboard's totals (issue 17): rows of
/// `dashboard_tally` whose keys start with {@value #PREFIX}, written, published and worked out afresh with the
/// others by {@link DashboardTally}, so that the queue's summary at a million integrations is a read of a few
/// hundred rows instead of one pass per category over every attestation.
///
/// Each integration adds its newest attestation (the highest id) if that one is queued: a submitted, returned
/// or stale one as one row of its state, dated or undated by the date the queue lists it by ({@link #since}),
/// and a signed one with an expiry as one row on its expiry's day (UTC; one without expiry is never queued).
/// Which signed ones have expired or come due depends on the instant asked about, so the read sums whole days
/// and counts the day `now` falls on, and the horizon's, from the attestations themselves ({@link #read}).
final class QueueTally {
    static final String PREFIX = "queue:";
    private static final String SIGNED = PREFIX + AttestationState.SIGNED.name();
    /// Listed in the queue by their state alone: waiting for a manager, returned, stale.
    private static final Map<AttestationState, QueueCategory> BY_STATE = Map.of(
            AttestationState.SUBMITTED, QueueCategory.AWAITING_SIGNATURE,
            AttestationState.RETURNED, QueueCategory.RETURNED,
            AttestationState.STALE, QueueCategory.STALE);
    /// What each key of those states counts: its category, and whether its rows have their date.
    private static final Map<String, Counted> BY_KEY = byKey();

    private record Counted(QueueCategory category, boolean dated) {
    }

    /// One row an integration adds: the days it counts on (both included) and under which key.
    record Entry(long integrationId, String key, LocalDate from, LocalDate to) {
    }

    /// Counts of the newest signed attestations whose expiry falls in an interval of instants, asked of the
    /// attestations themselves; `fromIncluded` says whether the interval includes `from` (it always includes `to`
    /// unless `toExcluded`).
    interface Expiring {
        int count(Instant from, boolean fromIncluded, Instant to, boolean toExcluded);
    }

    private QueueTally() {
    }

    /// The date the queue lists an attestation of `state` by, on the table `a`: `null` for a draft, never listed.
    static Field<OffsetDateTime> since(Attestation a, AttestationState state) {
        return switch (state) {
            case SUBMITTED -> a.SUBMITTED_AT;
            case RETURNED -> a.RETURNED_AT;
            case STALE -> a.STALE_AT;
            case SIGNED -> a.EXPIRES_AT;
            case DRAFT -> null;
        };
    }

    /// The rows the integrations `which` selects (a condition on `INTEGRATION.as("i")`) add through their newest
    /// attestation, if it is queued.
    static List<Entry> entries(DSLContext ctx, Condition which) {
        var i = INTEGRATION.as("i");
        Attestation a = ATTESTATION.as("ta");
        Attestation newer = ATTESTATION.as("tn");
        List<Entry> entries = new ArrayList<>();
        for (Record r : ctx.select(a.INTEGRATION_ID, a.STATE, a.SUBMITTED_AT, a.RETURNED_AT, a.STALE_AT,
                        a.EXPIRES_AT).from(i).join(a).on(a.INTEGRATION_ID.eq(i.ID))
                .where(which).and(a.STATE.ne(inline(AttestationState.DRAFT.name()))).and(newest(a, newer))
                .fetch()) {
            AttestationState state = AttestationState.valueOf(r.get(a.STATE));
            OffsetDateTime since = r.get(since(a, state));
            long id = r.get(a.INTEGRATION_ID);
            if (state == AttestationState.SIGNED) {
                if (since != null) {
                    LocalDate day = dayOf(DbTime.fromColumn(since));
                    entries.add(new Entry(id, SIGNED, day, day));
                }
            } else {
                entries.add(new Entry(id, key(state, since != null), DashboardTally.ALWAYS, DashboardTally.FOREVER));
            }
        }
        return entries;
    }

    /// The queue's counts for `query`'s instants (its category and text play no part), from the totals everybody
    /// sees and `expiring` for the day of `now` and of the horizon.
    static ReviewQueueCounts read(DSLContext ctx, ReviewQueueQuery query, Expiring expiring) {
        Map<QueueCategory, Integer> dated = new EnumMap<>(QueueCategory.class);
        Map<QueueCategory, Integer> undated = new EnumMap<>(QueueCategory.class);
        LocalDate today = dayOf(query.now());
        LocalDate horizonDay = dayOf(query.horizon());
        boolean horizonAfterToday = horizonDay.isAfter(today);
        int expired = 0;
        int dueSoon = 0;
        for (var r : ctx.select(DASHBOARD_TALLY.TALLY_KEY, DASHBOARD_TALLY.FROM_DAY, DASHBOARD_TALLY.N)
                .from(DASHBOARD_TALLY).where(DASHBOARD_TALLY.BATCH_ID.eq(DashboardTally.VISIBLE))
                .and(DASHBOARD_TALLY.TALLY_KEY.startsWith(PREFIX)).fetch()) {
            String key = r.value1();
            int n = Math.toIntExact(r.value3());
            if (key.equals(SIGNED)) {
                LocalDate day = r.value2();
                if (day.isBefore(today)) {
                    expired += n;
                } else if (day.isAfter(today) && day.isBefore(horizonDay)) {
                    dueSoon += n;
                }
                continue;
            }
            Counted counted = BY_KEY.get(key);
            if (counted != null) {
                (counted.dated() ? dated : undated).merge(counted.category(), n, Integer::sum);
            }
        }
        Instant now = query.now();
        Instant horizon = query.horizon();
        Instant todayStarts = startOf(today);
        expired += expiring.count(todayStarts, true, now, false);
        if (horizon.isAfter(now)) {
            if (horizonAfterToday) {
                dueSoon += expiring.count(now, false, startOf(today.plusDays(1)), true);
                dueSoon += expiring.count(startOf(horizonDay), true, horizon, false);
            } else {
                dueSoon += expiring.count(now, false, horizon, false);
            }
        }
        dated.put(QueueCategory.EXPIRED, expired);
        dated.put(QueueCategory.DUE_SOON, dueSoon);
        return new ReviewQueueCounts(dated, undated);
    }

    /// The attestation `a` is its integration's newest (`newer` another alias of the same table).
    static Condition newest(Attestation a, Attestation newer) {
        return notExists(selectOne().from(newer).where(newer.INTEGRATION_ID.eq(a.INTEGRATION_ID))
                .and(newer.ID.gt(a.ID)));
    }

    private static String key(AttestationState state, boolean dated) {
        return PREFIX + state.name() + (dated ? ":dated" : ":undated");
    }

    private static Map<String, Counted> byKey() {
        Map<String, Counted> keys = new HashMap<>();
        BY_STATE.forEach((state, category) -> {
            keys.put(key(state, true), new Counted(category, true));
            keys.put(key(state, false), new Counted(category, false));
        });
        return Map.copyOf(keys);
    }

    private static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
