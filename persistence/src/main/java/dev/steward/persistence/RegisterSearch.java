package dev.steward.persistence;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.persistence.jooq.tables.Classification;
import dev.steward.persistence.jooq.tables.Integration;
import dev.steward.persistence.jooq.tables.IntegrationSearchTerm;
import dev.steward.persistence.jooq.tables.Person;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static dev.steward.persistence.jooq.Tables.CLASSIFICATION;
import static dev.steward.persistence.jooq.Tables.INTEGRATION;
import static dev.steward.persistence.jooq.Tables.INTEGRATION_SEARCH_TERM;
import static dev.steward.persistence.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.inline;
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
    /// The integrations a matching person sponsors or owns, inside a search word's subquery.
    private static final Integration OWNED = INTEGRATION.as("owned");

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
        // a plain COUNT(*): fetchCount(select) would wrap the query in a derived table H2 materialises
        int total = ctx.selectCount().from(I).where(where).fetchOne(0, int.class);
        if (offset >= total) {
            return new IntegrationPage(List.of(), offset, total);
        }
        List<Long> ids = ctx.select(I.ID).from(I).where(where).orderBy(order(query))
                .limit(limit).offset(offset).fetch(I.ID);
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

    /// True for each integration's newest classification (latest classified_at, then highest id, as
    /// {@link ClassificationRepository} defines it): the one no other row of the same integration beats.
    private static Condition isLatest() {
        return notExists(selectOne().from(NEWER).where(NEWER.INTEGRATION_ID.eq(LATEST.INTEGRATION_ID)
                .and(NEWER.CLASSIFIED_AT.gt(LATEST.CLASSIFIED_AT)
                        .or(NEWER.CLASSIFIED_AT.eq(LATEST.CLASSIFIED_AT).and(NEWER.ID.gt(LATEST.ID))))));
    }

    /// The ids of people whose name contains the word, read once from the (small) person table and inlined
    /// as constants: H2 checks a constant IN-list with a hash set and can look each one up in the sponsor and
    /// owner indexes, whereas joining people to every row costs two lookups per row. The ids come from the
    /// database, so inlining them is safe.
    private List<Field<Long>> matchingPeople(String word) {
        return ctx.select(PERSON.ID).from(PERSON).where(lower(PERSON.NAME).like(containsPattern(word), '!'))
                .fetch(PERSON.ID).stream().<Field<Long>>map(DSL::inline).toList();
    }

    private Condition where(SearchQuery query) {
        Condition where = noCondition();
        for (String word : query.text().split("\\s+")) {
            List<String> tokens = SearchTerms.tokens(word);
            // a word without letters or digits ("-", "&") has no terms to look for and narrows nothing
            if (!tokens.isEmpty()) {
                where = where.and(I.ID.in(matching(tokens, matchingPeople(word))));
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

    /// The ids of the integrations one search word finds: those with a term beginning with each of its tokens,
    /// and those whose sponsor or technical owner is one of `people`.
    ///
    /// H2 reads such a subquery once, then looks the ids up in the primary key, so a word found in few
    /// integrations costs little more than those few. Two things keep it that way: the tokens nest as
    /// IN-subqueries (each a range of the term table's key), and the people are added inside a derived table,
    /// because H2 runs an IN (... UNION ...) again for every row and cannot use an OR of columns as an index.
    private Select<? extends Record1<Long>> matching(List<String> tokens, List<Field<Long>> people) {
        Select<Record1<Long>> byTerms = null;
        for (int n = tokens.size() - 1; n >= 0; n--) {
            IntegrationSearchTerm term = INTEGRATION_SEARCH_TERM.as("term" + n);
            // inlined, not bound: H2 turns only a constant prefix into a range of the key
            Condition startsWith = term.TERM.like(inline(prefixPattern(tokens.get(n))), '!');
            byTerms = select(term.INTEGRATION_ID).from(term)
                    .where(byTerms == null ? startsWith : startsWith.and(term.INTEGRATION_ID.in(byTerms)));
        }
        if (people.isEmpty()) {
            return byTerms;
        }
        Table<Record1<Long>> either = byTerms
                .unionAll(select(OWNED.ID).from(OWNED).where(OWNED.SPONSOR_ID.in(people)))
                .unionAll(select(OWNED.ID).from(OWNED).where(OWNED.TECHNICAL_OWNER_ID.in(people)))
                .asTable("matched", "id");
        return select(either.field("id", Long.class)).from(either);
    }

    /// LIKE patterns are built here and bound as one value. jOOQ's containsIgnoreCase escapes and lowers the
    /// word inside the SQL instead, which H2 then evaluates and compiles as a pattern again for every row:
    /// about a hundred times slower on a large register.
    private static String containsPattern(String word) {
        return "%" + escape(word.toLowerCase(Locale.ROOT)) + "%";
    }

    /// `token%`: a prefix, which H2 turns into a range of the term table's key when it is a constant.
    private static String prefixPattern(String token) {
        return escape(token) + "%";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /// Enums are stored by name (V1), so a filter on them is an IN-list of names.
    private static Condition in(Field<String> column, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? noCondition() : column.in(values.stream().map(Enum::name).toList());
    }

    private static List<SortField<?>> order(SearchQuery query) {
        Field<?> key = switch (query.sort()) {
            case NAME -> I.NAME;
            case KIND -> I.KIND;
            case STATUS -> I.STATUS;
            case VENDOR -> I.VENDOR;
            case NEXT_REVIEW -> I.NEXT_REVIEW;
        };
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
