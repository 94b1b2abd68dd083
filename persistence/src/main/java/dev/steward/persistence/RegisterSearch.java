package dev.steward.persistence;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.persistence.jooq.tables.Classification;
import dev.steward.persistence.jooq.tables.Integration;
import dev.steward.persistence.jooq.tables.Person;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import static dev.steward.persistence.jooq.Tables.CLASSIFICATION;
import static dev.steward.persistence.jooq.Tables.INTEGRATION;
import static dev.steward.persistence.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/// The register one page at a time, filtered and sorted in SQL, so the table never has to hold a register
/// of a million integrations to show fifty of them.
///
/// A page is three or four queries: the ids of people matching the text, the page's ids and the total, both
/// on the integration table alone, then the shown columns for those ids. Sorting is on
/// indexed columns with the id as the last key (V4), so a page in any offered order is stable and, without
/// a text filter, reads little more than itself. Quick-search text is a substring match and so reads
/// every row it cannot rule out by another filter; {@code docs/benchmarks.md} has what that costs.
///
/// Works on whatever {@link DSLContext} it is given; reads only.
public final class RegisterSearch {
    private static final Integration I = INTEGRATION.as("i");
    private static final Person SPONSOR = PERSON.as("sponsor");
    private static final Person OWNER = PERSON.as("owner");
    private static final Classification LATEST = CLASSIFICATION.as("latest");
    private static final Classification NEWER = CLASSIFICATION.as("newer");

    private final DSLContext ctx;

    public RegisterSearch(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// The rows `offset` to `offset + limit - 1` of everything matching `query`, and the total.
    ///
    /// @param offset 0 or more; past the end gives an empty page with the total
    /// @param limit  1 or more
    public IntegrationPage page(SearchQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        // Ids and total from the integration table alone (the filter reaches people and classifications
        // through subqueries); owners' names and the latest classification are joined for the page's rows
        // only, since each join costs a lookup per row it touches.
        Condition where = where(query);
        List<Long> ids = ctx.select(I.ID).from(I).where(where).orderBy(order(query))
                .limit(limit).offset(offset).fetch(I.ID);
        // a plain COUNT(*): fetchCount(select) would wrap the query in a derived table H2 materialises
        int total = ctx.selectCount().from(I).where(where).fetchOne(0, int.class);
        if (ids.isEmpty()) {
            return new IntegrationPage(List.of(), offset, total);
        }
        List<IntegrationSummary> rows = ctx.select(I.ID, I.NAME, I.KIND, I.STATUS, I.VENDOR, SPONSOR.NAME,
                        OWNER.NAME, I.NEXT_REVIEW, LATEST.VERDICT, LATEST.RISK_TIER)
                .from(I.leftJoin(SPONSOR).on(SPONSOR.ID.eq(I.SPONSOR_ID))
                        .leftJoin(OWNER).on(OWNER.ID.eq(I.TECHNICAL_OWNER_ID))
                        .leftJoin(LATEST).on(LATEST.INTEGRATION_ID.eq(I.ID).and(isLatest())))
                .where(I.ID.in(ids))
                .orderBy(order(query))
                .fetch(RegisterSearch::toSummary);
        return new IntegrationPage(rows, offset, total);
    }

    /// The ids of the rows `offset` to `offset + limit - 1` of everything matching `query`, in its order, and
    /// the total: what a table needs to fetch full records for one block of rows.
    public Ids ids(SearchQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        Condition where = where(query);
        List<Long> ids = ctx.select(I.ID).from(I).where(where).orderBy(order(query))
                .limit(limit).offset(offset).fetch(I.ID);
        int total = ctx.selectCount().from(I).where(where).fetchOne(0, int.class);
        return new Ids(ids, total);
    }

    /// One block of ids in a query's order.
    ///
    /// @param total how many integrations match the query in all
    public record Ids(List<Long> ids, int total) {
        public Ids {
            ids = List.copyOf(ids);
        }
    }

    /// Where integration `id` stands among the matches of `query` (0 for the first row), or empty when it does
    /// not match: lets a table scroll to a record it has not loaded, e.g. one just saved.
    ///
    /// Counts the matches ordered before it, with H2's order: NULL sorts lowest, so first ascending and last
    /// descending.
    public OptionalInt position(SearchQuery query, long id) {
        Field<?> key = sortKey(query);
        Condition where = where(query);
        Record found = ctx.select(key, I.NAME).from(I).where(where.and(I.ID.eq(id))).fetchOne();
        if (found == null) {
            return OptionalInt.empty();
        }
        Condition before = precedes(key, found.get(key), found.get(I.NAME), id, query.ascending());
        return OptionalInt.of(ctx.selectCount().from(I).where(where.and(before)).fetchOne(0, int.class));
    }

    private static <T> Condition precedes(Field<T> key, Object rawValue, String name, long id, boolean ascending) {
        Condition tie = ascending
                ? I.NAME.lt(name).or(I.NAME.eq(name).and(I.ID.lt(id)))
                : I.NAME.gt(name).or(I.NAME.eq(name).and(I.ID.gt(id)));
        if (key == I.NAME) {
            return tie;
        }
        T value = key.getType().cast(rawValue);
        Condition sameKey = value == null ? key.isNull() : key.eq(value);
        Condition strictlyBefore;
        if (ascending) {
            strictlyBefore = value == null ? DSL.falseCondition() : key.isNull().or(key.lt(value));
        } else {
            strictlyBefore = value == null ? key.isNotNull() : key.gt(value);
        }
        return strictlyBefore.or(sameKey.and(tie));
    }

    /// True for each integration's newest classification (latest classified_at, then highest id, as
    /// {@link ClassificationRepository} defines it): the one no other row of the same integration beats.
    private static Condition isLatest() {
        return notExists(selectOne().from(NEWER).where(NEWER.INTEGRATION_ID.eq(LATEST.INTEGRATION_ID)
                .and(NEWER.CLASSIFIED_AT.gt(LATEST.CLASSIFIED_AT)
                        .or(NEWER.CLASSIFIED_AT.eq(LATEST.CLASSIFIED_AT).and(NEWER.ID.gt(LATEST.ID))))));
    }

    /// The ids of people whose name matches, read once from the (small) person table and inlined as
    /// constants: H2 checks a constant IN-list with a hash set, whereas it runs an IN (subquery) again for
    /// every integration row unless it can reuse the previous result, and joining people to every row costs
    /// two lookups per row. The ids come from the database, so inlining them is safe.
    private List<Field<Long>> matchingPeople(String pattern) {
        return ctx.select(PERSON.ID).from(PERSON).where(contains(PERSON.NAME, pattern))
                .fetch(PERSON.ID).stream().<Field<Long>>map(DSL::inline).toList();
    }

    private Condition where(SearchQuery query) {
        Condition where = noCondition();
        for (String word : query.text().split("\\s+")) {
            if (!word.isEmpty()) {
                String pattern = likePattern(word);
                List<Field<Long>> people = matchingPeople(pattern);
                where = where.and(contains(I.NAME, pattern).or(contains(I.PURPOSE, pattern))
                        .or(contains(I.VENDOR, pattern)).or(I.SPONSOR_ID.in(people))
                        .or(I.TECHNICAL_OWNER_ID.in(people)));
            }
        }
        where = where.and(in(I.KIND, query.kinds())).and(in(I.STATUS, query.statuses()));
        if (query.filtersOnClassification()) {
            // from the classification side: the filter narrows the classifications before any latest check
            where = where.and(I.ID.in(select(LATEST.INTEGRATION_ID).from(LATEST)
                    .where(in(LATEST.VERDICT, query.verdicts()).and(in(LATEST.RISK_TIER, query.tiers()))
                            .and(isLatest()))));
        }
        return where;
    }

    /// The LIKE pattern is built here and bound as one value. jOOQ's containsIgnoreCase escapes and lowers
    /// the word inside the SQL instead, which H2 then evaluates and compiles as a pattern again for every row
    /// and column: about a hundred times slower on a large register.
    private static String likePattern(String word) {
        String escaped = word.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static Condition contains(Field<String> column, String pattern) {
        return lower(column).like(pattern, '!');
    }

    /// Enums are stored by name (V1), so a filter on them is an IN-list of names.
    private static Condition in(Field<String> column, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? noCondition() : column.in(values.stream().map(Enum::name).toList());
    }

    private static Field<?> sortKey(SearchQuery query) {
        return switch (query.sort()) {
            case NAME -> I.NAME;
            case KIND -> I.KIND;
            case STATUS -> I.STATUS;
            case VENDOR -> I.VENDOR;
            case NEXT_REVIEW -> I.NEXT_REVIEW;
        };
    }

    private static List<SortField<?>> order(SearchQuery query) {
        Field<?> key = sortKey(query);
        // every key in the same direction, so the (column, name, id) index of V4 can be read backwards too
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : key == I.NAME ? List.of(I.NAME, I.ID) : List.of(key, I.NAME, I.ID)) {
            order.add(query.ascending() ? field.asc() : field.desc());
        }
        return order;
    }

    private static IntegrationSummary toSummary(Record r) {
        String verdict = r.get(LATEST.VERDICT);
        String tier = r.get(LATEST.RISK_TIER);
        return new IntegrationSummary(r.get(I.ID), r.get(I.NAME), IntegrationKind.valueOf(r.get(I.KIND)),
                LifecycleStatus.valueOf(r.get(I.STATUS)), r.get(I.VENDOR), r.get(SPONSOR.NAME), r.get(OWNER.NAME),
                r.get(I.NEXT_REVIEW), verdict == null ? null : NhiVerdict.valueOf(verdict),
                tier == null ? null : RiskTier.valueOf(tier));
    }
}
