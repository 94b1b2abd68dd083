package dev.steward.storage;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// A quick search for a common word shows its first page with an estimated count: the page is exactly the
/// first page the exact search finds, and the estimate is near the exact total.
class EstimatedQuickSearchTest extends RegisterFixture {
    private static final int SIZE = 2_000;
    private static final int COMMON = 200;

    @BeforeEach
    void fillRegister() {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            // "lantern" in three of four purposes, spread over the name order; "rare" in a few
            String purpose = (i % 4 == 0 ? "Other" : "Lantern") + " work" + (i % 400 == 0 ? ", rare" : "");
            drafts.add(new Integration(0, 0, "Agent %04d".formatted((i * 7919) % SIZE), purpose, null,
                    IntegrationKind.values()[i % IntegrationKind.values().length], null, Set.of(),
                    LifecycleStatus.PROPOSED, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                    null, null, null, null));
        }
        db.dsl().transaction(c -> new ImportBatchWriter(c.dsl(), Instant.parse("2026-11-01T10:00:00Z"), "alice",
                null).insert(drafts));
    }

    @Test
    void aCommonWordGivesTheExactFirstPageAndANearTotal() {
        for (SearchQuery query : List.of(SearchQuery.ALL.withText("l"), SearchQuery.ALL.withText("lant work"),
                SearchQuery.ALL.withText("l").sortedBy(SearchQuery.Sort.NAME, false))) {
            RegisterSearch search = new RegisterSearch(db.dsl());
            Optional<RegisterSearch.Ids> estimated = search.firstIdsEstimated(query, 50, COMMON);
            RegisterSearch.Ids exact = search.ids(query, 0, 50);

            assertThat(estimated).as(query.text()).isPresent();
            assertThat(estimated.get().ids()).isEqualTo(exact.ids());
            assertThat(exact.total()).isEqualTo(SIZE * 3 / 4);
            assertThat(estimated.get().total()).isBetween(exact.total() / 2, SIZE);
        }
    }

    @Test
    void rareWordsAndFiltersAreCountedExactly() {
        RegisterSearch search = new RegisterSearch(db.dsl());
        assertThat(search.firstIdsEstimated(SearchQuery.ALL.withText("rare"), 50, COMMON)).isEmpty();
        assertThat(search.firstIdsEstimated(SearchQuery.ALL.withText("lantern rare"), 50, COMMON)).isEmpty();
        assertThat(search.firstIdsEstimated(SearchQuery.ALL, 50, COMMON)).isEmpty();
        assertThat(search.firstIdsEstimated(SearchQuery.ALL.withText("l")
                .withStatuses(Set.of(LifecycleStatus.PROPOSED)), 50, COMMON)).isEmpty();
    }

    @Test
    void theServiceSaysWhenItsTotalIsAnEstimate() {
        // too few terms for the service's threshold: exact
        assertThat(service.firstBlock(SearchQuery.ALL.withText("l"), 50).estimated()).isFalse();
        assertThat(service.firstBlock(SearchQuery.ALL.withText("l"), 50).total()).isEqualTo(SIZE * 3 / 4);
    }
}
