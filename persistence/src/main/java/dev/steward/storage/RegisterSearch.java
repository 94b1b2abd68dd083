package dev.steward.storage;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.jooq.tables.Integration;
import dev.steward.storage.jooq.tables.IntegrationSearchTerm;
import dev.steward.storage.jooq.tables.Person;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_SEARCH_TERM;
import static dev.steward.storage.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

/// The register one page at a time, filtered and sorted in SQL, so the table never has to hold a register
/// of a million integrations to show fifty of them.
///
/// Without quick-search text a page is two or three queries on the integration table alone: the total, the
/// page's ids, then the shown columns for those ids. Sorting is on indexed columns with the id as the last key
/// (V4), so a page in any offered order is stable and reads little more than itself.
///
/// Quick-search text is looked up in the term table (V6, kept by {@link SearchTermIndex}): each word's
/// tokens are prefixes of its key, so a word costs what it finds, not the size of the register. The ids each
/// word finds are read once and combined here as sorted arrays ({@link SortedIds}), which gives the total
/// without asking H2 to make a large set distinct (its slowest step). A few hundred matches are then looked up
/// by id; more are paged by reading ids along the sort index until the page is full, which with many matches
/// ends soon. {@code docs/benchmarks.md} has what each case costs.
///
/// Rows of an import not yet published are never found ({@link ImportBatches.Hidden}); with no such import,
/// the queries carry no extra condition.
///
/// Works on whatever {@link DSLContext} it is given; reads only.
public final class RegisterSearch {
    private static final Integration I = INTEGRATION.as("i");
    private static final Person SPONSOR = PERSON.as("sponsor");
    private static final Person OWNER = PERSON.as("owner");
    private static final IntegrationSearchTerm TERM = INTEGRATION_SEARCH_TERM.as("term");
    /// The integrations a matching person sponsors or owns, inside a search word's subquery.
    private static final Integration OWNED = INTEGRATION.as("owned");
    /// Up to this many matches are looked up by id (inlined as constants); more are found by walking the
    /// sort index. At a million rows both take about 10 ms at this size.
    private static final int LOOKUP_LIMIT = 1_000;

    /// One quick-search word: the tokens that must each begin a term, and the people whose name contains it.
    private record Word(List<String> tokens, List<Field<Long>> people) {
    }

    private final DSLContext ctx;
    /// What to leave out, read again when an import started while a search ran (see {@link #current}).
    private ImportBatches.Hidden hidden;

    public RegisterSearch(DSLContext ctx) {
        this.ctx = ctx;
        this.hidden = ImportBatches.Hidden.now(ctx);
    }

    /// True when no import started since {@link #hidden} was read, so what was just read is consistent; else
    /// reads it again for the caller to search again.
    private boolean current() {
        if (hidden.isCurrent(ctx)) {
            return true;
        }
        hidden = ImportBatches.Hidden.now(ctx);
        return false;
    }

    /// The rows `offset` to `offset + limit - 1` of everything matching `query`, and the total.
    ///
    /// @param offset 0 or more; past the end gives an empty page with the total
    /// @param limit  1 or more
    public IntegrationPage page(SearchQuery query, int offset, int limit) {
        Ids found = ids(query, offset, limit);
        return new IntegrationPage(found.ids().isEmpty() ? List.of() : rows(found.ids(), query), offset, found.total());
    }

    /// The ids of the rows `offset` to `offset + limit - 1` of everything matching `query`, in its order, and
    /// the total: what a table needs to fetch full records for one block of rows.
    public Ids ids(SearchQuery query, int offset, int limit) {
        while (true) {
            Ids found = idsOnce(query, offset, limit);
            if (current()) {
                return found;
            }
        }
    }

    private Ids idsOnce(SearchQuery query, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must be >= 0 and limit >= 1, got " + offset + ", " + limit);
        }
        List<Word> words = words(query);
        if (words.isEmpty()) {
            return ids(where(query), -1, query, offset, limit);
        }
        long[] matches = matches(words);
        Condition filters = filters(query);
        boolean filtered = hasFilters(query);
        if (filtered && matches.length > LOOKUP_LIMIT) {
            // what the column filters keep, read like the text matches, costs what the filters alone cost
            matches = SortedIds.intersect(matches, ids(select(I.ID).from(I).where(filters)));
            filters = noCondition();
            filtered = false;
        }
        if (matches.length <= LOOKUP_LIMIT) {
            List<Field<Long>> ids = Arrays.stream(matches).<Field<Long>>mapToObj(DSL::inline).toList();
            return ids(filters.and(I.ID.in(ids)), filtered ? -1 : matches.length, query, offset, limit);
        }
        if (offset >= matches.length) {
            return new Ids(List.of(), matches.length);
        }
        return new Ids(walk(matches, query, offset, limit), matches.length);
    }

    /// For a quick search whose every word is common (a single letter finds most of a register): the first
    /// `limit` ids in the query's order and an estimate of how many match, without reading every match, which
    /// costs what the matches cost (0.9 s for one letter at a million). Empty when the query is answered
    /// exactly at little cost: no text, a column filter, or a word with few terms.
    ///
    /// The page walks the sort index in growing steps and looks up which of each step's rows have the terms,
    /// so it stops soon after one page. The estimate is the share of matches among the rows the page walked past,
    /// times the register's size: "about" as good as the matches are spread evenly in that order.
    public Optional<Ids> firstIdsEstimated(SearchQuery query, int limit) {
        return firstIdsEstimated(query, limit, COMMON_TERMS);
    }

    /// As above, with `commonTerms` the number of terms that makes a token common (small in tests).
    Optional<Ids> firstIdsEstimated(SearchQuery query, int limit, int commonTerms) {
        List<Word> words = words(query);
        if (words.isEmpty() || hasFilters(query) || !words.stream().allMatch(w -> common(w, commonTerms))) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>(limit);
        int walked = 0;
        int step = limit * 4;
        int size = ctx.fetchCount(I) - hidden.count(ctx);
        while (ids.size() < limit && walked < size) {
            List<Long> candidates = ctx.select(I.ID).from(I).where(filters(query)).orderBy(order(query))
                    .limit(step).offset(walked).fetch(I.ID);
            if (candidates.isEmpty()) {
                break;
            }
            java.util.Set<Long> matching = matchingAmong(words, candidates);
            for (Long id : candidates) {
                walked++;
                if (matching.contains(id) && ids.add(id) && ids.size() == limit) {
                    break;
                }
            }
            step *= 2;
        }
        if (ids.size() < limit || !current()) {
            return Optional.empty();
        }
        return Optional.of(new Ids(ids, (int) Math.min(size, Math.round((double) limit * size / walked))));
    }

    /// Which of `candidates` every word finds: each token's key range walked for the candidates' rows, and the
    /// words' people among their sponsors and owners.
    private java.util.Set<Long> matchingAmong(List<Word> words, List<Long> candidates) {
        List<Field<Long>> inlined = candidates.stream().<Field<Long>>map(DSL::inline).toList();
        java.util.Set<Long> all = null;
        for (Word word : words) {
            java.util.Set<Long> found = null;
            for (String token : word.tokens()) {
                java.util.Set<Long> byToken = new java.util.HashSet<>(ctx.selectDistinct(integrationId(TERM)).from(TERM)
                        .where(integrationId(TERM).in(inlined)).and(startsWith(TERM, token)).fetch(0, Long.class));
                if (found != null) {
                    byToken.retainAll(found);
                }
                found = byToken;
            }
            if (!word.people().isEmpty()) {
                found.addAll(ctx.select(I.ID).from(I).where(I.ID.in(inlined))
                        .and(I.SPONSOR_ID.in(word.people()).or(I.TECHNICAL_OWNER_ID.in(word.people()))).fetch(I.ID));
            }
            if (all != null) {
                found.retainAll(all);
            }
            all = found;
        }
        return all;
    }

    /// Terms a word's tokens begin number at least this many: common enough to estimate rather than count.
    private static final int COMMON_TERMS = 20_000;

    private boolean common(Word word, int commonTerms) {
        for (String token : word.tokens()) {
            var first = select(TERM.TERM_KEY).from(TERM).where(startsWith(TERM, token)).limit(commonTerms);
            if (ctx.fetchCount(first) < commonTerms) {
                return false;
            }
        }
        return true;
    }

    /// One block of ids in a query's order.
    ///
    /// @param total how many integrations match the query in all
    public record Ids(List<Long> ids, int total) {
        public Ids {
            ids = List.copyOf(ids);
        }
    }

    /// The ids of a page of the rows `where` selects; `knownTotal` is their number, or -1 to count them.
    private Ids ids(Condition where, int knownTotal, SearchQuery query, int offset, int limit) {
        // Ids and total from the integration table alone (the latest verdict and tier are columns of it, V9);
        // owners' names are joined for the page's rows only, since each join costs a lookup per row it
        // touches. A plain COUNT(*): fetchCount(select) would wrap the query in a derived table H2 materialises.
        int total = knownTotal >= 0 ? knownTotal : ctx.selectCount().from(I).where(where).fetchOne(0, int.class);
        if (offset >= total) {
            return new Ids(List.of(), total);
        }
        List<Long> ids = ctx.select(I.ID).from(I).where(where).orderBy(filteredOrder(query))
                .limit(limit).offset(offset).fetch(I.ID);
        return new Ids(ids, total);
    }

    /// The shown columns of `ids`, in the query's order.
    private List<IntegrationSummary> rows(List<Long> ids, SearchQuery query) {
        return ctx.select(I.ID, I.NAME, I.KIND, I.STATUS, I.VENDOR, SPONSOR.NAME,
                        OWNER.NAME, I.NEXT_REVIEW, I.LATEST_VERDICT, I.LATEST_RISK_TIER)
                .from(I.leftJoin(SPONSOR).on(SPONSOR.ID.eq(I.SPONSOR_ID))
                        .leftJoin(OWNER).on(OWNER.ID.eq(I.TECHNICAL_OWNER_ID)))
                .where(I.ID.in(ids))
                .orderBy(order(query))
                .fetch(RegisterSearch::toSummary);
    }

    /// The page of `matches` (sorted ids) in the query's order: reads ids along the sort index, without any
    /// condition, and keeps those in `matches` until the page is full. If matches were spread evenly the page
    /// would end after `(offset + limit) * size / matches` rows; it reads a quarter more and, when the matches
    /// bunch up further on, twice as far again.
    private List<Long> walk(long[] matches, SearchQuery query, int offset, int limit) {
        int size = ctx.selectCount().from(I).fetchOne(0, int.class);
        long wanted = (long) offset + limit;
        long read = Math.min(size, wanted * size / matches.length * 5 / 4 + 256);
        while (true) {
            String sql = ctx.renderInlined(ctx.select(I.ID).from(I).orderBy(order(query)).limit(read));
            List<Long> page = ctx.connectionResult(connection -> {
                List<Long> found = new ArrayList<>(Math.min(limit, 1_000));
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery(sql)) {
                    long skip = offset;
                    while (found.size() < limit && rows.next()) {
                        long id = rows.getLong(1);
                        if (SortedIds.contains(matches, id) && skip-- <= 0) {
                            found.add(id);
                        }
                    }
                }
                return found;
            });
            if (page.size() == limit || read >= size) {
                return page;
            }
            read = Math.min(size, read * 2);
        }
    }

    /// Where integration `id` stands among the matches of `query` (0 for the first row), or empty when it does
    /// not match: lets a table scroll to a record it has not loaded, e.g. one just saved.
    ///
    /// Counts the matches ordered before it, with H2's order: NULL sorts lowest, so first ascending and last
    /// descending.
    public OptionalInt position(SearchQuery query, long id) {
        while (true) {
            OptionalInt found = positionOnce(query, id);
            if (current()) {
                return found;
            }
        }
    }

    private OptionalInt positionOnce(SearchQuery query, long id) {
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

    /// The words of the quick-search text that have tokens, each with the people whose name contains it. A
    /// word without letters or digits ("-", "&") has no terms to look for and narrows nothing.
    private List<Word> words(SearchQuery query) {
        List<Word> words = new ArrayList<>();
        for (String word : query.text().split("\\s+")) {
            List<String> tokens = SearchTerms.tokens(word);
            if (!tokens.isEmpty()) {
                words.add(new Word(tokens, matchingPeople(word)));
            }
        }
        return words;
    }

    /// The ids of people whose name contains the word, read once from the (small) person table and inlined
    /// as constants, which H2 looks up in the sponsor and owner indexes. The ids come from the database, so
    /// inlining them is safe.
    private List<Field<Long>> matchingPeople(String word) {
        return ctx.select(PERSON.ID).from(PERSON).where(lower(PERSON.NAME).like(containsPattern(word), '!'))
                .fetch(PERSON.ID).stream().<Field<Long>>map(DSL::inline).toList();
    }

    /// The same rows as {@link #page} selects, as one condition on the integration table: each word's ids as
    /// an IN-subquery, which H2 reads once and looks up by id. It costs what the largest word finds, so pages
    /// with text do not use it.
    private Condition where(SearchQuery query) {
        Condition where = filters(query);
        for (Word word : words(query)) {
            where = where.and(I.ID.in(matching(word)));
        }
        return where;
    }

    private static boolean hasFilters(SearchQuery query) {
        return !query.kinds().isEmpty() || !query.statuses().isEmpty() || query.filtersOnClassification();
    }

    /// The column filters: kinds, statuses, and the latest classification's verdict and tier, which the
    /// integration row carries (V9, kept by {@link ClassificationRepository#insert}; NULL, so never matched,
    /// when it was never classified). One verdict and tier walk their (verdict, tier, name, id) index.
    private Condition filters(SearchQuery query) {
        return hidden.visible(I.IMPORT_BATCH_ID).and(in(I.KIND, query.kinds())).and(in(I.STATUS, query.statuses()))
                .and(in(I.LATEST_VERDICT, query.verdicts())).and(in(I.LATEST_RISK_TIER, query.tiers()));
    }

    /// The ids every word finds, sorted. A word found nowhere is noticed first, from the key alone, before
    /// any other word's ids are read.
    private long[] matches(List<Word> words) {
        for (Word word : words) {
            if (word.people().isEmpty() && !word.tokens().stream().allMatch(
                    token -> ctx.fetchExists(selectOne().from(TERM).where(startsWith(TERM, token))))) {
                return SortedIds.NONE;
            }
        }
        long[] matches = null;
        for (Word word : words) {
            long[] found = ids(word);
            matches = matches == null ? found : SortedIds.intersect(matches, found);
            if (matches.length == 0) {
                break;
            }
        }
        // terms of an unpublished import's rows are written with them: leave those rows out
        return hidden.none() || matches.length == 0 ? matches : SortedIds.without(matches, ids(hidden.ids()));
    }

    /// The ids one word finds: those with a term beginning with each of its tokens, and those whose sponsor or
    /// technical owner is one of its people.
    private long[] ids(Word word) {
        long[] found = null;
        for (String token : word.tokens()) {
            long[] byToken = ids(select(integrationId(TERM)).from(TERM).where(startsWith(TERM, token)));
            found = found == null ? byToken : SortedIds.intersect(found, byToken);
        }
        if (word.people().isEmpty()) {
            return found;
        }
        return SortedIds.union(found, ids(select(OWNED.ID).from(OWNED).where(OWNED.SPONSOR_ID.in(word.people()))
                .unionAll(select(OWNED.ID).from(OWNED).where(OWNED.TECHNICAL_OWNER_ID.in(word.people())))));
    }

    /// The ids a one-column query returns, as a set. Read with plain JDBC: a register of a million can give a
    /// few hundred thousand ids for a common word, and a jOOQ record for each would cost more than the read.
    /// Every value in these queries is inlined and escaped by jOOQ (constants and database ids only).
    private long[] ids(Select<? extends Record1<Long>> query) {
        String sql = ctx.renderInlined(query);
        return ctx.connectionResult(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
                long[] raw = new long[1024];
                int count = 0;
                while (rows.next()) {
                    if (count == raw.length) {
                        raw = Arrays.copyOf(raw, count * 2);
                    }
                    raw[count++] = rows.getLong(1);
                }
                return SortedIds.of(raw, count);
            }
        });
    }

    /// One word's ids as a subquery (see {@link #where}). The tokens nest as IN-subqueries; the people are
    /// added inside a derived table, because H2 runs an IN (... UNION ...) again for every row and cannot use
    /// an OR of two columns as an index.
    private Select<? extends Record1<Long>> matching(Word word) {
        Select<Record1<Long>> byTerms = null;
        for (int n = word.tokens().size() - 1; n >= 0; n--) {
            IntegrationSearchTerm term = INTEGRATION_SEARCH_TERM.as("term" + n);
            Condition startsWith = startsWith(term, word.tokens().get(n));
            byTerms = select(integrationId(term)).from(term)
                    .where(byTerms == null ? startsWith : startsWith.and(integrationId(term).in(byTerms)));
        }
        if (word.people().isEmpty()) {
            return byTerms;
        }
        Table<Record1<Long>> either = byTerms
                .unionAll(select(OWNED.ID).from(OWNED).where(OWNED.SPONSOR_ID.in(word.people())))
                .unionAll(select(OWNED.ID).from(OWNED).where(OWNED.TECHNICAL_OWNER_ID.in(word.people())))
                .asTable("matched", "id");
        return select(either.field("id", Long.class)).from(either);
    }

    /// The term rows with a word beginning with `token`: the key range of its prefix ({@link TermKeys}), and
    /// where the prefix does not settle it, a word of the row that begins with the token. Inlined rather than
    /// bound, so that H2 turns the range into a walk of the key.
    private static Condition startsWith(IntegrationSearchTerm term, String token) {
        TermKeys.Range range = TermKeys.range(token);
        Condition inRange = term.TERM_KEY.between(inline(range.from()), inline(range.to()));
        if (range.exact()) {
            return inRange;
        }
        // words are separated by single spaces and hold none themselves, so " token" begins a word
        return inRange.and(DSL.concat(inline(" "), term.WORDS).like(inline("% " + escape(token) + "%"), '!'));
    }

    /// The integration a term row belongs to: the low bits of its key.
    private static Field<Long> integrationId(IntegrationSearchTerm term) {
        return term.TERM_KEY.bitAnd(inline(TermKeys.ID_MASK));
    }

    /// The LIKE pattern is built here and bound as one value. jOOQ's containsIgnoreCase escapes and lowers the
    /// word inside the SQL instead, which H2 then evaluates and compiles as a pattern again for every row.
    static String containsPattern(String word) {
        return "%" + escape(word.toLowerCase(Locale.ROOT)) + "%";
    }

    private static String escape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

    /// The query's order for rows that all pass its column filters. Sorted by name with one verdict and one tier
    /// (or one kind and one status), those columns go first: every row has the same values in them, so the
    /// order is the same, but H2 then sees that their (verdict, tier, name, id) index (V9; V7 for kind and
    /// status) is already in that order and reads one page of it, instead of sorting every match (66,000 for
    /// one verdict and tier at a million). Not for {@link #walk}, which reads without the filters.
    private static List<SortField<?>> filteredOrder(SearchQuery query) {
        List<SortField<?>> order = order(query);
        if (query.sort() != SearchQuery.Sort.NAME) {
            return order;
        }
        List<Field<String>> pinned;
        if (query.verdicts().size() == 1 && query.tiers().size() == 1) {
            pinned = List.of(I.LATEST_VERDICT, I.LATEST_RISK_TIER);
        } else if (query.kinds().size() == 1 && query.statuses().size() == 1) {
            pinned = List.of(I.KIND, I.STATUS);
        } else {
            return order;
        }
        List<SortField<?>> withPinned = new ArrayList<>();
        for (Field<String> field : pinned) {
            withPinned.add(query.ascending() ? field.asc() : field.desc());
        }
        withPinned.addAll(order);
        return withPinned;
    }

    private static List<SortField<?>> order(SearchQuery query) {
        Field<?> key = sortKey(query);
        // every key in the same direction, so the (column, name, id) index of V4 can be read backwards too
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> field : key == I.NAME ? List.of(I.NAME, I.ID) : List.of(key, I.NAME, I.ID)) {
            order.add(query.ascending() ? field.asc() : field.desc());
        }
        if (key == I.VENDOR || key == I.NEXT_REVIEW) {
            // NULL lowest, as H2 sorts by default and position() counts; PostgreSQL would put it highest
            order.set(0, query.ascending() ? key.asc().nullsFirst() : key.desc().nullsLast());
        }
        return order;
    }

    private static IntegrationSummary toSummary(Record r) {
        String verdict = r.get(I.LATEST_VERDICT);
        String tier = r.get(I.LATEST_RISK_TIER);
        return new IntegrationSummary(r.get(I.ID), r.get(I.NAME), IntegrationKind.valueOf(r.get(I.KIND)),
                LifecycleStatus.valueOf(r.get(I.STATUS)), r.get(I.VENDOR), r.get(SPONSOR.NAME), r.get(OWNER.NAME),
                r.get(I.NEXT_REVIEW), verdict == null ? null : NhiVerdict.valueOf(verdict),
                tier == null ? null : RiskTier.valueOf(tier));
    }
}
