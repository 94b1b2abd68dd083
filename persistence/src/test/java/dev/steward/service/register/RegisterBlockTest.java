package dev.steward.service.register;

import dev.steward.storage.ImportBatchWriter;
import dev.steward.storage.SearchQuery;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestAnswers;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// What the paged register table asks for: blocks of full records, the position of one record in any order,
/// and everything a query matches.
class RegisterBlockTest extends RegisterFixture {
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");
    private static final int SIZE = 60;

    private final List<Integration> saved = new ArrayList<>();

    @BeforeEach
    void fill() {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            // vendor and next review are sometimes missing and repeat, so ties and NULLs are both ordered
            String vendor = i % 4 == 0 ? null : "Vendor " + (char) ('A' + i % 3);
            LocalDate review = i % 5 == 0 ? null : LocalDate.of(2027, 1 + i % 6, 1);
            IntegrationKind kind = IntegrationKind.values()[i % IntegrationKind.values().length];
            drafts.add(new Integration(0, 0, "Agent %02d".formatted((i * 7) % SIZE), "Work " + i, vendor, kind, null, Set.of(),
                    i % 2 == 0 ? LifecycleStatus.ACTIVE : LifecycleStatus.PROPOSED, null, null,
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, review, null, null));
        }
        saved.addAll(db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(), AT, "alice", null)
                .insert(drafts)));
    }

    @Test
    void positionIsTheIndexOfTheRecordInEveryOrderAndDirection() {
        for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
            for (boolean ascending : new boolean[]{true, false}) {
                SearchQuery query = SearchQuery.ALL.sortedBy(sort, ascending)
                        .withStatuses(Set.of(LifecycleStatus.ACTIVE));
                List<Long> order = service.matching(query).stream().map(Integration::id).toList();
                assertThat(order).hasSize(SIZE / 2);
                for (Integration it : saved) {
                    OptionalInt position = service.position(query, it.id());
                    if (it.status() == LifecycleStatus.ACTIVE) {
                        assertThat(position).as("%s %s %s", sort, ascending ? "asc" : "desc", it.name())
                                .hasValue(order.indexOf(it.id()));
                    } else {
                        assertThat(position).as("filtered out").isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aBlockHoldsFullRecordsInOrderWithTheirLatestClassificationAndBothCounts() {
        Integration classified = saved.get(3);
        service.classify(classified.id(), classified.version(), TestAnswers.of(TestAnswers.writingAgent()));
        SearchQuery query = SearchQuery.ALL.sortedBy(SearchQuery.Sort.VENDOR, false);
        List<Integration> all = service.matching(query);

        RegisterBlock block = service.block(query, 20, 15);

        assertThat(block.offset()).isEqualTo(20);
        assertThat(block.total()).isEqualTo(SIZE);
        assertThat(block.registerSize()).isEqualTo(SIZE);
        assertThat(block.integrations()).extracting(Integration::id)
                .containsExactlyElementsOf(all.subList(20, 35).stream().map(Integration::id).toList());
        assertThat(block.integrations()).allSatisfy(it -> assertThat(it.purpose()).startsWith("Work "));
        int index = all.stream().map(Integration::id).toList().indexOf(classified.id());
        if (index >= 20 && index < 35) {
            assertThat(block.classifications()).containsOnlyKeys(classified.id());
        } else {
            assertThat(block.classifications()).isEmpty();
        }
        assertThat(service.block(query, index, 1).classifications()).containsOnlyKeys(classified.id());
    }

    @Test
    void namesAndVendorsSortIgnoringCaseAndPositionAgrees() {
        for (String name : List.of("zebra agent", "Apple agent", "banana agent", "Cherry agent")) {
            service.create(new Integration(0, 0, name, "Fruit", name.substring(0, 1) + " vendor",
                    IntegrationKind.MCP_SERVER, null, Set.of(), LifecycleStatus.PROPOSED, null, null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), null, null, null, null));
        }
        for (SearchQuery.Sort sort : List.of(SearchQuery.Sort.NAME, SearchQuery.Sort.VENDOR)) {
            SearchQuery query = SearchQuery.ALL.withText("fruit").sortedBy(sort, true);
            List<Integration> shown = service.matching(query);
            assertThat(shown).extracting(Integration::name).as("by %s", sort)
                    .containsExactly("Apple agent", "banana agent", "Cherry agent", "zebra agent");
            for (int i = 0; i < shown.size(); i++) {
                assertThat(service.position(query, shown.get(i).id())).hasValue(i);
            }
        }
    }

    @Test
    void aFilteredBlockCountsItsMatchesAndTheWholeRegisterApart() {
        RegisterBlock block = service.block(SearchQuery.ALL.withText("vendor"), 0, 5);
        // every fourth has no vendor
        assertThat(block.total()).isEqualTo(SIZE - SIZE / 4);
        assertThat(block.registerSize()).isEqualTo(SIZE);
        assertThat(block.integrations()).hasSize(5);
        assertThat(service.block(SearchQuery.ALL, SIZE + 10, 5).integrations()).isEmpty();
    }
}
