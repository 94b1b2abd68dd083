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
import org.jooq.Table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static dev.steward.persistence.jooq.Tables.CLASSIFICATION;
import static dev.steward.persistence.jooq.Tables.INTEGRATION;
import static dev.steward.persistence.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

/// The register one page at a time, filtered and sorted in SQL, so the table never has to hold a register
/// of a million integrations to show fifty of them.
///
/// A page is three queries: the page's ids and the total, each with only the joins the filter needs, then
/// the shown columns for those ids. Sorting is on
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
        // Ids first, with only the joins the filter needs; the owners' names and latest classification are
        // joined for the page's rows alone, since that join costs a lookup per row it touches.
        Condition where = where(query);
        Table<?> from = query.text().isEmpty() ? I : withPeople(I);
        List<Long> ids = ctx.select(I.ID).from(from).where(where).orderBy(order(query))
                .limit(limit).offset(offset).fetch(I.ID);
        int total = ctx.fetchCount(ctx.selectOne().from(from).where(where));
        if (ids.isEmpty()) {
            return new IntegrationPage(List.of(), offset, total);
        }
        List<IntegrationSummary> rows = ctx.select(I.ID, I.NAME, I.KIND, I.STATUS, I.VENDOR, SPONSOR.NAME,
                        OWNER.NAME, I.NEXT_REVIEW, LATEST.VERDICT, LATEST.RISK_TIER)
                .from(withPeople(I).leftJoin(LATEST).on(LATEST.INTEGRATION_ID.eq(I.ID).and(isLatest())))
                .where(I.ID.in(ids))
                .orderBy(order(query))
                .fetch(RegisterSearch::toSummary);
        return new IntegrationPage(rows, offset, total);
    }

    private static Table<?> withPeople(Table<?> from) {
        return from.leftJoin(SPONSOR).on(SPONSOR.ID.eq(I.SPONSOR_ID))
                .leftJoin(OWNER).on(OWNER.ID.eq(I.TECHNICAL_OWNER_ID));
    }

    /// True for each integration's newest classification (latest classified_at, then highest id, as
    /// {@link ClassificationRepository} defines it): the one no other row of the same integration beats.
    private static Condition isLatest() {
        return notExists(selectOne().from(NEWER).where(NEWER.INTEGRATION_ID.eq(LATEST.INTEGRATION_ID)
                .and(NEWER.CLASSIFIED_AT.gt(LATEST.CLASSIFIED_AT)
                        .or(NEWER.CLASSIFIED_AT.eq(LATEST.CLASSIFIED_AT).and(NEWER.ID.gt(LATEST.ID))))));
    }

    private static Condition where(SearchQuery query) {
        Condition where = noCondition();
        for (String word : query.text().split("\\s+")) {
            if (!word.isEmpty()) {
                where = where.and(I.NAME.containsIgnoreCase(word).or(I.PURPOSE.containsIgnoreCase(word))
                        .or(I.VENDOR.containsIgnoreCase(word)).or(SPONSOR.NAME.containsIgnoreCase(word))
                        .or(OWNER.NAME.containsIgnoreCase(word)));
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
