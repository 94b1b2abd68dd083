package dev.steward.storage;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.Gap;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.dashboard.GapRules;
import dev.steward.model.succession.OwnerRole;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.jooq.tables.Attestation;
import dev.steward.storage.jooq.tables.Integration;
import dev.steward.storage.jooq.tables.IntegrationBackupOwner;
import dev.steward.storage.jooq.tables.IntegrationCredential;
import dev.steward.storage.jooq.tables.Person;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.steward.storage.jooq.Tables.ATTESTATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_BACKUP_OWNER;
import static dev.steward.storage.jooq.Tables.INTEGRATION_CREDENTIAL;
import static dev.steward.storage.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;

/// The dashboard's counts and gaps, asked of the database instead of computed over the whole register in
/// memory: the same rules as {@link GapRules}, written as one SQL condition per kind of gap (a few kinds have two
/// sources: an owner and backups who left, an attestation missing or not signed). Each source is a query on the
/// integration table, joined to at most one child table or person; a count is one pass over the table. A block
/// of gaps of one kind walks the gaps' index the writers keep ({@link GapIndex}) and reads what those gaps say
/// from the register; without the index ({@link #scanned}) it finds every gap of the kind and sorts it.
///
/// What depends on the date (drills older than 90 days, rotations due, attestations expiring) is compared with
/// the `today` given, as {@link GapRules} does. Retired integrations have no gaps, and rows of an import not yet
/// published are left out ({@link ImportBatches.Hidden}). Gaps are ordered by kind, then integration name (the
/// column ignores case), then id, then their order inside the integration (owner before backups, credentials in
/// list order). Reads only; works on the {@link DSLContext} it is given.
public final class GapQueries {
    private static final Logger LOG = LoggerFactory.getLogger(GapQueries.class);
    private static final Integration I = INTEGRATION.as("i");
    private static final Person SPONSOR = PERSON.as("gs");
    private static final Person OWNER = PERSON.as("go");
    private static final Person BACKUP_PERSON = PERSON.as("gbp");
    private static final IntegrationBackupOwner BACKUP = INTEGRATION_BACKUP_OWNER.as("gb");
    private static final IntegrationCredential CRED = INTEGRATION_CREDENTIAL.as("gc");
    private static final Attestation LATEST = ATTESTATION.as("ga");
    private static final Attestation NEWER = ATTESTATION.as("gn");
    private static final IntegrationBackupOwner ACTIVE_BACKUP = INTEGRATION_BACKUP_OWNER.as("gab");
    private static final Person ACTIVE_PERSON = PERSON.as("gap");
    private static final IntegrationBackupOwner ANY_BACKUP = INTEGRATION_BACKUP_OWNER.as("gyb");
    private static final dev.steward.storage.jooq.tables.SuccessionProposal PROPOSAL =
            dev.steward.storage.jooq.Tables.SUCCESSION_PROPOSAL.as("gsp");
    private static final Person LEAVER = PERSON.as("gsl");
    private static final Person SUCCESSOR = PERSON.as("gss");
    private static final String ID = "gid";
    private static final String NAME = "gname";
    private static final String ORDER = "gorder";
    private static final String SOURCE = "gsource";
    /// What {@link String#isBlank()} treats as white space ({@link Character#isWhitespace}), for SQL's TRIM.
    private static final String WHITESPACE = whitespace();
    private static final long LONG_LIVED_MINUTES = GapRules.LONG_LIVED.toMinutes();
    private static final List<String> STATIC_TYPES = List.of("STATIC_API_KEY", "SERVICE_ACCOUNT_KEY");
    private static final String DAY = "gday";
    private static final String NUMBER = "gnumber";
    private static final String INSTANT = "ginstant";
    private static final String BATCH = "gbatch";
    private static final String CHOSEN = "gchosen_id";
    private static final List<Field<?>> NO_DATES = List.of(DSL.castNull(SQLDataType.LOCALDATE),
            DSL.castNull(SQLDataType.INTEGER), DSL.castNull(SQLDataType.OFFSETDATETIME));

    /// One table joined to a source's query.
    private record Join(Table<?> table, Condition on, boolean outer) {
    }

    /// A gap row as read: integration id and name, order inside the integration, and three values the source
    /// turns into the gap's detail key and arguments.
    ///
    /// @param order their order inside one integration; `null` when an integration has at most one
    /// @param onRow the same test on one integration row alone (for counting integrations with any gap)
    /// @param undated    `where` without its comparison with today: the rows {@link DashboardTally} counts, each
    ///                   on the days `window` gives
    /// @param dateValues a day, a number and an instant (any of them a typed null) that `window` reads
    private record Source(GapKind kind, List<Join> joins, Condition where, Field<Integer> order,
                          List<Field<?>> values, Function<Record, Detail> detail, Condition onRow,
                          Condition undated, List<Field<?>> dateValues, Function<Record, DashboardTally.Window> window) {

        Source(GapKind kind, List<Join> joins, Condition where, Field<Integer> order, List<Field<?>> values,
               Function<Record, Detail> detail, Condition onRow) {
            this(kind, joins, where, order, values, detail, onRow, where, NO_DATES, r -> DashboardTally.Window.ALWAYS);
        }

        /// With inner joins only: the first joined table's rows that meet its join and `where`, as an EXISTS
        /// correlated with the integration row.
        Source(GapKind kind, List<Join> joins, Condition where, Field<Integer> order, List<Field<?>> values,
               Function<Record, Detail> detail) {
            this(kind, joins, where, order, values, detail, joins.isEmpty() ? where : exists(correlated(joins, where)));
        }

        /// The same source for a gap that depends on the date: counted without `where`'s date comparison
        /// (`undated`), on the days `window` works out from a day, a number and an instant of the row.
        Source dated(Condition undatedWhere, Field<LocalDate> day, Field<Integer> number, Field<OffsetDateTime> instant,
                     Function<Record, DashboardTally.Window> days) {
            return new Source(kind, joins, where, order, values, detail, onRow, undatedWhere,
                    List.of(day, number, instant), days);
        }

        private static Select<?> correlated(List<Join> joins, Condition where) {
            SelectJoinStep<Record1<Integer>> from = selectOne().from(joins.getFirst().table());
            for (Join j : joins.subList(1, joins.size())) {
                from = from.join(j.table()).on(j.on());
            }
            return from.where(joins.getFirst().on()).and(where);
        }
    }

    private record Detail(String key, List<String> arguments) {
    }

    private final DSLContext ctx;
    private final LocalDate today;
    private final ImportBatches.Hidden hidden;
    private final Map<GapKind, List<Source>> sources;
    private Boolean indexed;

    public GapQueries(DSLContext ctx, LocalDate today) {
        this.ctx = ctx;
        this.today = today;
        this.hidden = ImportBatches.Hidden.now(ctx);
        this.sources = sources();
    }

    /// For {@link #counted}, which reads only what does not depend on today or on what is hidden.
    private GapQueries(DSLContext ctx) {
        this.ctx = ctx;
        this.today = LocalDate.EPOCH;
        this.hidden = ImportBatches.Hidden.NONE;
        this.sources = sources();
    }

    /// The chart counts: every visible integration by status, live ones by latest verdict and tier.
    public DashboardCounts chartCounts() {
        Map<NhiVerdict, Integer> verdicts = new EnumMap<>(NhiVerdict.class);
        Map<RiskTier, Integer> tiers = new EnumMap<>(RiskTier.class);
        Map<LifecycleStatus, Integer> statuses = new EnumMap<>(LifecycleStatus.class);
        int unclassified = 0;
        for (var r : ctx.select(I.STATUS, I.LATEST_VERDICT, I.LATEST_RISK_TIER, count()).from(I)
                .where(hidden.visible(I.IMPORT_BATCH_ID))
                .groupBy(I.STATUS, I.LATEST_VERDICT, I.LATEST_RISK_TIER).fetch()) {
            LifecycleStatus status = LifecycleStatus.valueOf(r.value1());
            int n = r.value4();
            statuses.merge(status, n, Integer::sum);
            if (status == LifecycleStatus.RETIRED) {
                continue;
            }
            if (r.value2() == null || r.value3() == null) {
                unclassified += n;
            } else {
                verdicts.merge(NhiVerdict.valueOf(r.value2()), n, Integer::sum);
                tiers.merge(RiskTier.valueOf(r.value3()), n, Integer::sum);
            }
        }
        return new DashboardCounts(verdicts, tiers, statuses, unclassified);
    }

    /// How many gaps of each kind there are; kinds without any are left out.
    public Map<GapKind, Integer> gapCounts() {
        Map<GapKind, Integer> counts = new EnumMap<>(GapKind.class);
        sources.forEach((kind, list) -> {
            int n = 0;
            for (Source s : list) {
                n += ctx.fetchValue(joined(ctx.selectCount().from(I), s).where(live()).and(s.where()));
            }
            if (n > 0) {
                counts.put(kind, n);
            }
        });
        return counts;
    }

    /// How many live integrations have at least one gap.
    public int affectedIntegrations() {
        Condition any = DSL.falseCondition();
        for (List<Source> list : sources.values()) {
            for (Source s : list) {
                any = any.or(s.onRow());
            }
        }
        return ctx.fetchCount(I, live().and(any));
    }

    /// Gaps `offset` to `offset + limit` of every kind, kind after kind in {@link GapKind} order, as `counts`
    /// (from {@link #gapCounts()}) says how many each kind has.
    public List<Gap> page(Map<GapKind, Integer> counts, int offset, int limit) {
        List<Gap> gaps = new ArrayList<>(limit);
        int start = 0;
        for (GapKind kind : GapKind.values()) {
            int n = counts.getOrDefault(kind, 0);
            int from = offset + gaps.size() - start;
            if (from < n && gaps.size() < limit) {
                gaps.addAll(page(kind, from, Math.min(limit - gaps.size(), n - from)));
            }
            start += n;
        }
        return gaps;
    }

    /// Gaps `offset` to `offset + limit` of one kind, in the dashboard's order: where the writers keep the gaps'
    /// order ({@link GapIndex}, built with the totals), a walk of that index for the block and a read of what
    /// those gaps say; otherwise {@link #scanned}.
    public List<Gap> page(GapKind kind, int offset, int limit) {
        if (!indexed()) {
            return scanned(kind, offset, limit);
        }
        List<GapIndex.At> block = GapIndex.page(ctx, kind, today, offset, limit);
        if (block.isEmpty()) {
            return List.of();
        }
        List<Long> ids = block.stream().map(GapIndex.At::integrationId).distinct().toList();
        List<Source> list = sources.get(kind);
        Map<GapIndex.At, Gap> said = new HashMap<>();
        for (int n = 0; n < list.size(); n++) {
            for (Record r : rows(list.get(n), n).and(I.ID.in(ids)).fetch()) {
                said.put(new GapIndex.At(r.get(ID, Long.class), r.get(ORDER, Integer.class)),
                        toGap(kind, list.get(n), r));
            }
        }
        List<Gap> gaps = new ArrayList<>(block.size());
        for (GapIndex.At at : block) {
            Gap gap = said.get(at);
            if (gap == null) {
                // cannot happen while every writer keeps the index; the register is the definition
                LOG.warn("The dashboard's index of {} gaps is out of step at integration {}; reading them afresh",
                        kind, at.integrationId());
                return scanned(kind, offset, limit);
            }
            gaps.add(gap);
        }
        return gaps;
    }

    /// Whether the gaps' index was built, asked once per instance (a block of all kinds reads several kinds).
    private boolean indexed() {
        if (indexed == null) {
            indexed = DashboardTally.isBuilt(ctx);
        }
        return indexed;
    }

    /// As {@link #page(GapKind, int, int)}, read from the register alone: every gap of the kind found and sorted
    /// by name, which at a million integrations takes a second or more.
    public List<Gap> scanned(GapKind kind, int offset, int limit) {
        List<Source> list = sources.get(kind);
        List<Gap> gaps = new ArrayList<>(limit);
        if (list.size() == 1) {
            Source s = list.getFirst();
            var ordered = s.order() == null ? rows(s, 0).orderBy(I.NAME, I.ID)
                    : rows(s, 0).orderBy(I.NAME, I.ID, s.order());
            for (Record r : ordered.limit(limit).offset(offset).fetch()) {
                gaps.add(toGap(kind, s, r));
            }
            return gaps;
        }
        Select<Record> union = null;
        for (int n = 0; n < list.size(); n++) {
            union = union == null ? rows(list.get(n), n) : union.unionAll(rows(list.get(n), n));
        }
        Table<Record> rows = union.asTable("gap_rows");
        for (Record r : ctx.selectFrom(rows).orderBy(rows.field(NAME), rows.field(ID), rows.field(ORDER))
                .limit(limit).offset(offset).fetch()) {
            gaps.add(toGap(kind, list.get(r.get(SOURCE, Integer.class)), r));
        }
        return gaps;
    }

    /// A gap as {@link DashboardTally} counts it: of which integration (and its import batch, `null` when
    /// saved on its own, and its name), of which kind, its place inside the integration, on which days.
    record Counted(long integrationId, Long batch, String name, GapKind kind, int order,
                   DashboardTally.Window window) {
    }

    /// Every gap of the integrations `which` selects, whatever today is, each with the days on which it counts
    /// (retired integrations have none); hidden rows included, with their batch. One query, a UNION ALL of
    /// every source.
    ///
    /// @param many `which` selects many integrations (a range of ids, a long list): each source then starts
    ///             from them explicitly; for a few ids their key is the cheapest start anyway, and the explicit
    ///             start would cost more than the query
    static List<Counted> counted(DSLContext ctx, Condition which, boolean many) {
        GapQueries rules = new GapQueries(ctx);
        List<Source> all = rules.sources.values().stream().flatMap(List::stream).toList();
        Select<Record> union = null;
        for (int n = 0; n < all.size(); n++) {
            Source s = all.get(n);
            List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(I.ID.as(ID), I.IMPORT_BATCH_ID.as(BATCH),
                    inline(n).as(SOURCE), I.NAME.as(NAME), orderOf(s).as(ORDER)));
            fields.add(s.dateValues().get(0).as(DAY));
            fields.add(s.dateValues().get(1).as(NUMBER));
            fields.add(s.dateValues().get(2).as(INSTANT));
            // every join outer, the inner ones' conditions repeated in WHERE (the same rows): H2 does not
            // reorder outer joins, so it starts from the ids asked for and finds each integration by its key,
            // instead of walking, say, the status index past every attested integration or the SIGNED
            // attestations through the queue's state index
            SelectJoinStep<Record> from = ctx.select(fields).from(I);
            Condition inner = which;
            if (many) {
                Table<Record1<Long>> chosen = DSL.select(I.ID.as(CHOSEN)).from(I).where(which).asTable("gchosen");
                from = ctx.select(fields).from(chosen).leftJoin(I).on(I.ID.eq(chosen.field(CHOSEN, Long.class)));
                inner = DSL.noCondition();
            }
            for (Join j : s.joins()) {
                from = from.leftJoin(j.table()).on(j.on());
                inner = j.outer() ? inner : inner.and(j.on());
            }
            Select<Record> one = from.where(I.STATUS.ne(inline(LifecycleStatus.RETIRED.name())))
                    .and(inner).and(s.undated());
            union = union == null ? one : union.unionAll(one);
        }
        List<Counted> counted = new ArrayList<>();
        for (Record r : union.fetch()) {
            Source s = all.get(r.get(SOURCE, Integer.class));
            counted.add(new Counted(r.get(ID, Long.class), r.get(BATCH, Long.class), r.get(NAME, String.class),
                    s.kind(), r.get(ORDER, Integer.class), s.window().apply(r)));
        }
        return counted;
    }

    private SelectConditionStep<Record> rows(Source s, int index) {
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(I.ID.as(ID), I.NAME.as(NAME),
                orderOf(s).as(ORDER), inline(index).as(SOURCE)));
        for (int v = 0; v < s.values().size(); v++) {
            fields.add(s.values().get(v).as("v" + v));
        }
        return joined(ctx.select(fields).from(I), s).where(live()).and(s.where());
    }

    /// A gap's place inside its integration: 0 where the source has at most one per integration.
    private static Field<Integer> orderOf(Source s) {
        return s.order() == null ? inline(0) : s.order();
    }

    private static Gap toGap(GapKind kind, Source source, Record r) {
        Detail detail = source.detail().apply(r);
        return new Gap(kind, r.get(ID, Long.class), r.get(NAME, String.class), detail.key(), detail.arguments());
    }

    private static <R extends Record> SelectJoinStep<R> joined(SelectJoinStep<R> step, Source s) {
        SelectJoinStep<R> at = step;
        for (Join j : s.joins()) {
            at = j.outer() ? at.leftJoin(j.table()).on(j.on()) : at.join(j.table()).on(j.on());
        }
        return at;
    }

    private Condition live() {
        return I.STATUS.ne(inline(LifecycleStatus.RETIRED.name())).and(hidden.visible(I.IMPORT_BATCH_ID));
    }

    private Map<GapKind, List<Source>> sources() {
        Map<GapKind, List<Source>> all = new EnumMap<>(GapKind.class);
        Field<Object> none = inline((Object) null);
        List<Field<?>> nothing = List.of(none, none, none);
        Field<Integer> single = null;

        add(all, new Source(GapKind.NO_SPONSOR, List.of(), I.SPONSOR_ID.isNull(), single, nothing,
                r -> detail("noSponsor")));
        add(all, new Source(GapKind.SPONSOR_LEFT, List.of(join(SPONSOR, SPONSOR.ID.eq(I.SPONSOR_ID))),
                SPONSOR.HAS_LEFT.isTrue(), single, List.of(SPONSOR.NAME, none, none),
                r -> detail("sponsorLeft", text(r, 0))));
        // the technical owner first, then each backup who left, in list order
        add(all, new Source(GapKind.OWNER_LEFT, List.of(join(OWNER, OWNER.ID.eq(I.TECHNICAL_OWNER_ID))),
                OWNER.HAS_LEFT.isTrue(), inline(-1), List.of(OWNER.NAME, none, none),
                r -> detail("ownerLeft", text(r, 0))));
        add(all, new Source(GapKind.OWNER_LEFT, List.of(join(BACKUP, BACKUP.INTEGRATION_ID.eq(I.ID)),
                join(BACKUP_PERSON, BACKUP_PERSON.ID.eq(BACKUP.PERSON_ID))),
                BACKUP_PERSON.HAS_LEFT.isTrue(), BACKUP.POSITION, List.of(BACKUP_PERSON.NAME, none, none),
                r -> detail("backupLeft", text(r, 0))));
        // a backup whose person row is missing counts as still there, as in GapRules
        Condition activeBackup = exists(selectOne().from(ACTIVE_BACKUP)
                .where(ACTIVE_BACKUP.INTEGRATION_ID.eq(I.ID))
                .and(notExists(selectOne().from(ACTIVE_PERSON).where(ACTIVE_PERSON.ID.eq(ACTIVE_BACKUP.PERSON_ID))
                        .and(ACTIVE_PERSON.HAS_LEFT.isTrue()))));
        Condition anyBackup = exists(selectOne().from(ANY_BACKUP).where(ANY_BACKUP.INTEGRATION_ID.eq(I.ID)));
        add(all, new Source(GapKind.NO_BACKUP_OWNER, List.of(), activeBackup.not(), single,
                List.of(DSL.when(anyBackup, inline(1)).otherwise(inline(0)), none, none),
                r -> detail(number(r, 0) == 1 ? "allBackupsLeft" : "noBackup")));

        Condition defined = notBlank(I.REVOCATION_KILL_SWITCH).and(notBlank(I.REVOCATION_AUTHORISED_BY));
        add(all, new Source(GapKind.NO_REVOCATION_PATH, List.of(), defined.not(), single, nothing,
                r -> detail("noRevocationPath")));
        add(all, new Source(GapKind.REVOCATION_NEVER_TESTED, List.of(), defined.and(I.REVOCATION_LAST_TESTED.isNull()),
                single, nothing, r -> detail("revocationNeverTested")));
        Condition tested = defined.and(I.REVOCATION_LAST_TESTED.isNotNull());
        add(all, new Source(GapKind.REVOCATION_TEST_FAILED, List.of(),
                tested.and(I.REVOCATION_LAST_RESULT.eq(inline("FAILED"))), single,
                List.of(I.REVOCATION_LAST_TESTED, none, none), r -> detail("revocationFailed", day(r, 0))));
        // lastTested + 90 days before today, i.e. lastTested before today - 90 days
        add(all, new Source(GapKind.REVOCATION_TEST_OLD, List.of(),
                tested.and(I.REVOCATION_LAST_TESTED.lt(val(today.minusDays(GapRules.REVOCATION_TEST_MAX_AGE_DAYS)))),
                single, List.of(I.REVOCATION_LAST_TESTED, none, none), r -> detail("revocationOld",
                day(r, 0), String.valueOf(GapRules.REVOCATION_TEST_MAX_AGE_DAYS)))
                .dated(tested, I.REVOCATION_LAST_TESTED, noNumber(), noInstant(), r -> DashboardTally.Window.from(
                        r.get(DAY, LocalDate.class).plusDays(GapRules.REVOCATION_TEST_MAX_AGE_DAYS + 1L))));

        List<Join> credentials = List.of(join(CRED, CRED.INTEGRATION_ID.eq(I.ID)));
        add(all, new Source(GapKind.LONG_LIVED_STATIC_CREDENTIAL, credentials, CRED.CREDENTIAL_TYPE.in(STATIC_TYPES)
                .and(CRED.LIFETIME_MINUTES.isNull().or(CRED.LIFETIME_MINUTES.gt(inline(LONG_LIVED_MINUTES)))),
                CRED.POSITION, List.of(CRED.LABEL, CRED.LIFETIME_MINUTES, none), r -> r.get("v1") == null
                ? detail("credentialNeverExpires", text(r, 0))
                : detail("credentialLongLived", text(r, 0), String.valueOf(number(r, 1) / (24 * 60)))));
        add(all, new Source(GapKind.SECRET_OUTSIDE_MANAGER, credentials, CRED.STORED_IN.ne(inline("SECRETS_MANAGER")),
                CRED.POSITION, List.of(CRED.LABEL, CRED.STORED_IN, none),
                r -> detail("secretOutsideManager." + text(r, 1), text(r, 0))));
        Field<LocalDate> due = DSL.localDateAdd(CRED.LAST_ROTATED, CRED.ROTATION_INTERVAL_DAYS);
        add(all, new Source(GapKind.ROTATION_OVERDUE, credentials, CRED.ROTATION_INTERVAL_DAYS.isNotNull()
                .and(CRED.LAST_ROTATED.isNull().or(due.lt(val(today)))), CRED.POSITION,
                List.of(CRED.LABEL, CRED.LAST_ROTATED, CRED.ROTATION_INTERVAL_DAYS), r -> r.get("v1") == null
                ? detail("neverRotated", text(r, 0))
                : detail("rotationOverdue", text(r, 0), r.get("v1", LocalDate.class).plusDays(number(r, 2)).toString()))
                .dated(CRED.ROTATION_INTERVAL_DAYS.isNotNull(), CRED.LAST_ROTATED, CRED.ROTATION_INTERVAL_DAYS,
                        noInstant(), r -> r.get(DAY) == null ? DashboardTally.Window.ALWAYS
                                : DashboardTally.Window.from(r.get(DAY, LocalDate.class)
                                .plusDays(r.get(NUMBER, Integer.class) + 1L))));

        attestation(all, none);
        add(all, new Source(GapKind.UNDER_REASSESSMENT, List.of(),
                I.STATUS.eq(inline(LifecycleStatus.UNDER_REASSESSMENT.name())), single, nothing,
                r -> detail("underReassessment")));
        addSuccessions(all);
        return all;
    }

    /// Attestation gaps apply to approved and running integrations only; the latest attestation is the one
    /// with the highest id (ids only grow), as {@code AttestationOverview} reads it.
    private void attestation(Map<GapKind, List<Source>> all, Field<Object> none) {
        Condition attested = I.STATUS.in(GapRules.ATTESTED_STATUSES.stream().map(Enum::name).toList());
        // the newest id looked up from the integration row, so that once the integration is read (the totals'
        // query reads it first) its latest attestation is found by its key
        Condition isLatest = LATEST.INTEGRATION_ID.eq(I.ID).and(LATEST.ID.eq(DSL.select(DSL.max(NEWER.ID))
                .from(NEWER).where(NEWER.INTEGRATION_ID.eq(I.ID))));
        List<Join> latest = List.of(join(LATEST, isLatest));
        Field<Integer> single = null;
        Condition unsigned = LATEST.STATE.notIn(AttestationState.SIGNED.name(), AttestationState.STALE.name());
        // one source, an outer join: no attestation at all, or the latest neither signed nor stale
        add(all, new Source(GapKind.ATTESTATION_MISSING, List.of(new Join(LATEST, isLatest, true)),
                attested.and(LATEST.ID.isNull().or(unsigned)), single, List.of(LATEST.STATE, none, none),
                r -> r.get("v0") == null ? detail("neverAttested") : detail("notSigned." + text(r, 0)),
                attested.and(notExists(selectOne().from(LATEST).where(isLatest).and(unsigned.not())))));
        add(all, new Source(GapKind.ATTESTATION_STALE, latest, attested.and(LATEST.STATE.eq(
                inline(AttestationState.STALE.name()))), single, List.of(none, none, none), r -> detail("stale")));
        // an expiry on day D (UTC) has passed once D is today or earlier: expires_at before tomorrow's midnight
        OffsetDateTime tomorrow = today.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime warningEnd = today.plusDays(GapRules.EXPIRY_WARNING_DAYS + 1L).atStartOfDay()
                .atOffset(ZoneOffset.UTC);
        Condition signed = attested.and(LATEST.STATE.eq(inline(AttestationState.SIGNED.name())))
                .and(LATEST.EXPIRES_AT.isNotNull());
        add(all, new Source(GapKind.ATTESTATION_EXPIRED, latest, signed.and(LATEST.EXPIRES_AT.lt(val(tomorrow))),
                single, List.of(LATEST.EXPIRES_AT, none, none), r -> detail("expired", expiryDay(r)))
                .dated(signed, noDay(), noNumber(), LATEST.EXPIRES_AT, r -> DashboardTally.Window.from(utcDay(r))));
        // expiring while the expiry day is 1 to EXPIRY_WARNING_DAYS days ahead
        add(all, new Source(GapKind.ATTESTATION_EXPIRING, latest, signed.and(LATEST.EXPIRES_AT.ge(val(tomorrow)))
                .and(LATEST.EXPIRES_AT.lt(val(warningEnd))), single, List.of(LATEST.EXPIRES_AT, none, none),
                r -> detail("expiring", expiryDay(r)))
                .dated(signed, noDay(), noNumber(), LATEST.EXPIRES_AT, r -> new DashboardTally.Window(
                        utcDay(r).minusDays(GapRules.EXPIRY_WARNING_DAYS), utcDay(r).minusDays(1))));
    }

    /// Unconfirmed successions (issue 19) as {@link dev.steward.model.dashboard.SuccessionGaps} gives them: a
    /// proposal not yet confirmed while the leaver still holds the role leaves the integration ownerless.
    private static void addSuccessions(Map<GapKind, List<Source>> all) {
        Condition pending = SuccessionRepository.pendingAndHeld(I, PROPOSAL);
        Condition onRow = exists(selectOne().from(PROPOSAL).join(LEAVER).on(LEAVER.ID.eq(PROPOSAL.LEAVER_ID))
                .where(PROPOSAL.INTEGRATION_ID.eq(I.ID)).and(pending));
        add(all, new Source(GapKind.SUCCESSION_PENDING, List.of(join(PROPOSAL, PROPOSAL.INTEGRATION_ID.eq(I.ID)),
                join(LEAVER, LEAVER.ID.eq(PROPOSAL.LEAVER_ID)),
                new Join(SUCCESSOR, SUCCESSOR.ID.eq(PROPOSAL.SUCCESSOR_ID), true)), pending,
                DSL.when(PROPOSAL.OWNER_ROLE.eq(inline(OwnerRole.SPONSOR.name())), inline(0)).otherwise(inline(1)),
                List.of(PROPOSAL.OWNER_ROLE, LEAVER.NAME, SUCCESSOR.NAME),
                r -> r.get("v2") == null ? detail("successionUnassigned", text(r, 0), text(r, 1))
                        : detail("successionPending", text(r, 0), text(r, 1), text(r, 2)), onRow));
    }

    private static Join join(Table<?> table, Condition on) {
        return new Join(table, on, false);
    }

    private static String text(Record r, int value) {
        return r.get("v" + value, String.class);
    }

    private static long number(Record r, int value) {
        return r.get("v" + value, Long.class);
    }

    private static String day(Record r, int value) {
        return r.get("v" + value, LocalDate.class).toString();
    }

    private static LocalDate utcDay(Record r) {
        return LocalDate.ofInstant(r.get(INSTANT, OffsetDateTime.class).toInstant(), ZoneOffset.UTC);
    }

    private static Field<LocalDate> noDay() {
        return DSL.castNull(SQLDataType.LOCALDATE);
    }

    private static Field<Integer> noNumber() {
        return DSL.castNull(SQLDataType.INTEGER);
    }

    private static Field<OffsetDateTime> noInstant() {
        return DSL.castNull(SQLDataType.OFFSETDATETIME);
    }

    private static String expiryDay(Record r) {
        return LocalDate.ofInstant(r.get("v0", OffsetDateTime.class).toInstant(), ZoneOffset.UTC).toString();
    }

    private static void add(Map<GapKind, List<Source>> all, Source source) {
        all.computeIfAbsent(source.kind(), k -> new ArrayList<>()).add(source);
    }

    private static Detail detail(String key, String... arguments) {
        return new Detail(key, List.of(arguments));
    }

    private static Condition notBlank(Field<String> text) {
        return text.isNotNull().and(DSL.trim(text, inline(WHITESPACE)).ne(inline("")));
    }

    private static String whitespace() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isWhitespace(c)) {
                chars.append(c);
            }
        }
        return chars.toString();
    }
}
