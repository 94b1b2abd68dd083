package dev.steward.storage;

import dev.steward.testing.RegisterFixture;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/// Quick search when a word finds more integrations than are looked up one by one, so that pages are found by
/// walking the sort index: every page is compared with the same filter and order worked out in Java.
class ManyMatchesSearchTest extends RegisterFixture {
    private static final int SIZE = 2_600;

    private final List<Integration> stored = new ArrayList<>();

    @BeforeEach
    void fillRegister() {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            // "common" in every other purpose, spread over the name order; "late" only in the last 1,300 names
            String name = (i < SIZE / 2 ? "Alpha " : "Zulu ") + "%04d".formatted((i * 7919) % SIZE);
            String purpose = (i % 2 == 0 ? "Common work" : "Rare work") + (i >= SIZE / 2 ? ", late shift" : "");
            IntegrationKind kind = IntegrationKind.values()[i % IntegrationKind.values().length];
            String vendor = List.of("Acme", "Globex", "Initech").get(i % 3);
            drafts.add(new Integration(0, 0, name, purpose, vendor, kind, null, Set.of(),
                    i % 5 == 0 ? LifecycleStatus.ACTIVE : LifecycleStatus.PROPOSED, i % 4 == 0 ? ana.id() : null,
                    null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null));
        }
        stored.addAll(db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(),
                Instant.parse("2026-11-01T10:00:00Z"), "alice", null).insert(drafts)));
    }

    @Test
    void pagesThroughManyMatchesInEveryOrder() {
        Predicate<Integration> common = i -> i.purpose().startsWith("Common");
        Comparator<Integration> byName = Comparator.comparing(Integration::name).thenComparingLong(Integration::id);
        assertPages(SearchQuery.ALL.withText("commo"), common, byName);
        assertPages(SearchQuery.ALL.withText("commo").sortedBy(SearchQuery.Sort.NAME, false), common,
                byName.reversed());
        Comparator<Integration> byVendor = Comparator.comparing(Integration::vendor).thenComparing(byName);
        assertPages(SearchQuery.ALL.withText("common").sortedBy(SearchQuery.Sort.VENDOR, false), common,
                byVendor.reversed());
    }

    @Test
    void matchesBunchedAtTheEndOfTheOrderAreStillFound() {
        Predicate<Integration> late = i -> i.purpose().endsWith("late shift");
        Comparator<Integration> byName = Comparator.comparing(Integration::name).thenComparingLong(Integration::id);
        assertPages(SearchQuery.ALL.withText("late"), late, byName);
        assertPages(SearchQuery.ALL.withText("work late"), late, byName);
    }

    @Test
    void manyMatchesCombineWithColumnFiltersAndPeople() {
        Comparator<Integration> byName = Comparator.comparing(Integration::name).thenComparingLong(Integration::id);
        assertPages(SearchQuery.ALL.withText("work").withStatuses(Set.of(LifecycleStatus.PROPOSED)),
                i -> i.status() == LifecycleStatus.PROPOSED, byName);
        assertPages(SearchQuery.ALL.withText("work").withKinds(Set.of(IntegrationKind.MCP_SERVER)),
                i -> i.kind() == IntegrationKind.MCP_SERVER, byName);
        // "pereira" finds Ana's integrations through the sponsor, "rare" through the purpose: either will do
        assertPages(SearchQuery.ALL.withText("rare"), i -> i.purpose().startsWith("Rare"), byName);
        assertPages(SearchQuery.ALL.withText("work pereira"), i -> ana.id() == (i.sponsorId() == null ? -1
                : i.sponsorId()), byName);
    }

    private void assertPages(SearchQuery query, Predicate<Integration> filter, Comparator<Integration> order) {
        List<Long> expected = stored.stream().filter(filter).sorted(order).map(Integration::id).toList();
        assertThat(expected).as("the query should match something").isNotEmpty();
        for (int offset : List.of(0, 37, expected.size() / 2, expected.size() - 10, expected.size() + 3)) {
            IntegrationPage page = service.search(query, Math.max(0, offset), 25);
            assertThat(page.total()).as("total of %s", query.text()).isEqualTo(expected.size());
            int from = Math.min(Math.max(0, offset), expected.size());
            assertThat(page.rows()).extracting(IntegrationSummary::id).as("%s from %d", query.text(), offset)
                    .containsExactlyElementsOf(expected.subList(from, Math.min(from + 25, expected.size())));
        }
        // everything at once, as an export of what the table shows asks for it
        assertThat(service.matching(query)).extracting(Integration::id).as("all of %s", query.text())
                .containsExactlyElementsOf(expected);
    }
}
