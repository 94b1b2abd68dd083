package dev.steward.storage;

import dev.steward.model.register.Integration;
import dev.steward.storage.jooq.tables.records.IntegrationSearchTermRecord;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep2;
import org.jooq.Record4;
import org.jooq.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_DATA_ACCESS;
import static dev.steward.storage.jooq.Tables.INTEGRATION_SEARCH_TERM;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;
import static dev.steward.storage.jooq.Tables.SEARCH_TERM_VERSION;

/// Keeps {@code integration_search_term} (V6; keyed by one number since V22, see {@link TermKeys}) in step with
/// the integrations: every writer of an integration's name, purpose, vendor, tools or data-access systems calls
/// it inside its own transaction, so the terms and the record commit or roll back together. Works on whatever
/// {@link DSLContext} it is given.
public final class SearchTermIndex {
    private static final Logger LOG = LoggerFactory.getLogger(SearchTermIndex.class);
    /// Integrations read per round while rebuilding.
    private static final int PAGE = 2_000;
    /// Rows per multi-row insert, and keys per delete's IN-list.
    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext ctx;

    SearchTermIndex(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Replaces the stored terms of one integration with those of `integration`: removes the rows its stored
    /// text gives that the new text does not give alike, and writes the new ones. Call it before the
    /// integration's row and child rows are overwritten, since the old terms are worked out from them.
    ///
    /// The terms are found from the record rather than read back: the table keeps only its key (prefix and
    /// integration, {@link TermKeys}), which quick search walks; an index by integration cost a third of the
    /// register's file for one lookup per save (V14).
    void replace(long integrationId, Integration integration) {
        Map<Long, String> stored = TermKeys.rows(integrationId,
                storedTerms(List.of(integrationId)).getOrDefault(integrationId, Set.of()));
        Map<Long, String> wanted = TermKeys.rows(integrationId, SearchTerms.of(integration));
        List<Long> gone = stored.entrySet().stream().filter(e -> !e.getValue().equals(wanted.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
        delete(gone);
        SortedMap<Long, String> added = new TreeMap<>(wanted);
        added.entrySet().removeIf(e -> e.getValue().equals(stored.get(e.getKey())));
        write(added);
    }

    /// Removes every term of the stored integrations `ids`; call it before their rows are deleted.
    void removeAll(List<Long> ids) {
        List<Long> keys = new ArrayList<>();
        storedTerms(ids).forEach((id, terms) -> keys.addAll(TermKeys.rows(id, terms).keySet()));
        delete(keys);
    }

    private void delete(List<Long> keys) {
        for (int from = 0; from < keys.size(); from += ROWS_PER_STATEMENT) {
            List<Long> some = keys.subList(from, Math.min(keys.size(), from + ROWS_PER_STATEMENT));
            ctx.deleteFrom(INTEGRATION_SEARCH_TERM).where(INTEGRATION_SEARCH_TERM.TERM_KEY.in(some)).execute();
        }
    }

    /// The terms the stored text of each of `ids` gives (every id read is in the map; absent ones are not).
    ///
    /// The integration rows are read first and locked (FOR UPDATE) until the caller's transaction ends, so that
    /// two saves of one integration at once work out their old terms one after the other, each from what the
    /// other committed: every writer of an integration's tools and systems also writes its row.
    private Map<Long, Set<String>> storedTerms(List<Long> ids) {
        var rows = ctx.select(INTEGRATION.ID, INTEGRATION.NAME, INTEGRATION.PURPOSE, INTEGRATION.VENDOR)
                .from(INTEGRATION).where(INTEGRATION.ID.in(ids)).forUpdate().fetch();
        Map<Long, List<String>> tools = new HashMap<>();
        ctx.select(INTEGRATION_TOOL.INTEGRATION_ID, INTEGRATION_TOOL.NAME).from(INTEGRATION_TOOL)
                .where(INTEGRATION_TOOL.INTEGRATION_ID.in(ids))
                .forEach(r -> tools.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, List<String>> systems = new HashMap<>();
        ctx.select(INTEGRATION_DATA_ACCESS.INTEGRATION_ID, INTEGRATION_DATA_ACCESS.SYSTEM_NAME)
                .from(INTEGRATION_DATA_ACCESS).where(INTEGRATION_DATA_ACCESS.INTEGRATION_ID.in(ids))
                .forEach(r -> systems.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        Map<Long, Set<String>> terms = new HashMap<>();
        rows.forEach(r -> terms.put(r.value1(), SearchTerms.of(r.value2(), r.value3(), r.value4(),
                tools.getOrDefault(r.value1(), List.of()), systems.getOrDefault(r.value1(), List.of()))));
        return terms;
    }

    /// Adds the terms of newly stored integrations (each carrying its id).
    void insert(List<Integration> saved) {
        SortedMap<Long, String> rows = new TreeMap<>();
        for (Integration integration : saved) {
            rows.putAll(TermKeys.rows(integration.id(), SearchTerms.of(integration)));
        }
        write(rows);
    }

    /// True when the stored terms were written by this {@link SearchTerms#VERSION}; plain JDBC, one row.
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT version FROM search_term_version")) {
            return version.next() && version.getInt(1) == SearchTerms.VERSION && !version.next();
        } catch (SQLException e) {
            return false;
        }
    }

    /// Builds the terms of every integration when they were written by another {@link SearchTerms#VERSION}
    /// or never (a register from before schema version 6), in one transaction: all integrations get their
    /// terms, or none does and the next open tries again. Called on every open of an H2 register and
    /// by a team register's upgrade ({@link TeamSchema}); costs one read when current.
    ///
    /// @return how many integrations were indexed; 0 when the terms were current
    static int rebuildIfOutdated(DSLContext dsl) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            Integer stored = tx.select(SEARCH_TERM_VERSION.VERSION).from(SEARCH_TERM_VERSION)
                    .fetchOne(SEARCH_TERM_VERSION.VERSION);
            if (stored != null && stored == SearchTerms.VERSION) {
                return 0;
            }
            int indexed = new SearchTermIndex(tx).rebuild();
            tx.deleteFrom(SEARCH_TERM_VERSION).execute();
            tx.insertInto(SEARCH_TERM_VERSION).set(SEARCH_TERM_VERSION.VERSION, SearchTerms.VERSION).execute();
            if (indexed > 0) {
                LOG.info("Built the quick-search terms of {} integration(s) (tokenizer version {}, was {})",
                        indexed, SearchTerms.VERSION, stored == null ? "none" : stored);
            }
            return indexed;
        });
    }

    /// Deletes every term and writes them again from the stored integrations, a page of ids at a time.
    private int rebuild() {
        ctx.deleteFrom(INTEGRATION_SEARCH_TERM).execute();
        long last = Long.MIN_VALUE;
        int indexed = 0;
        Result<Record4<Long, String, String, String>> page;
        do {
            page = ctx.select(INTEGRATION.ID, INTEGRATION.NAME, INTEGRATION.PURPOSE, INTEGRATION.VENDOR)
                    .from(INTEGRATION).where(INTEGRATION.ID.gt(last)).orderBy(INTEGRATION.ID).limit(PAGE).fetch();
            if (page.isEmpty()) {
                break;
            }
            long first = page.getFirst().value1();
            last = page.getLast().value1();
            Map<Long, List<String>> tools = new HashMap<>();
            ctx.select(INTEGRATION_TOOL.INTEGRATION_ID, INTEGRATION_TOOL.NAME).from(INTEGRATION_TOOL)
                    .where(INTEGRATION_TOOL.INTEGRATION_ID.between(first, last))
                    .forEach(r -> tools.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
            Map<Long, List<String>> systems = new HashMap<>();
            ctx.select(INTEGRATION_DATA_ACCESS.INTEGRATION_ID, INTEGRATION_DATA_ACCESS.SYSTEM_NAME)
                    .from(INTEGRATION_DATA_ACCESS).where(INTEGRATION_DATA_ACCESS.INTEGRATION_ID.between(first, last))
                    .forEach(r -> systems.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
            SortedMap<Long, String> rows = new TreeMap<>();
            for (Record4<Long, String, String, String> r : page) {
                long id = r.value1();
                rows.putAll(TermKeys.rows(id, SearchTerms.of(r.value2(), r.value3(), r.value4(),
                        tools.getOrDefault(id, List.of()), systems.getOrDefault(id, List.of()))));
            }
            write(rows);
            indexed += page.size();
        } while (page.size() == PAGE);
        return indexed;
    }

    /// Inserts `rows` (key to words) in their key order, with multi-row inserts of up to
    /// {@link #ROWS_PER_STATEMENT}: H2 writes rows arriving in key order into fewer pages, and parses one
    /// statement per few hundred rows rather than binding each row separately (an import of 100,000
    /// integrations writes over a million terms).
    private void write(SortedMap<Long, String> rows) {
        List<Map.Entry<Long, String>> inOrder = List.copyOf(rows.entrySet());
        for (int from = 0; from < inOrder.size(); from += ROWS_PER_STATEMENT) {
            int to = Math.min(inOrder.size(), from + ROWS_PER_STATEMENT);
            InsertValuesStep2<IntegrationSearchTermRecord, Long, String> insert = ctx.insertInto(
                    INTEGRATION_SEARCH_TERM, INTEGRATION_SEARCH_TERM.TERM_KEY, INTEGRATION_SEARCH_TERM.WORDS);
            for (Map.Entry<Long, String> row : inOrder.subList(from, to)) {
                insert = insert.values(row.getKey(), row.getValue());
            }
            insert.execute();
        }
    }
}
