package dev.steward.storage;

import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestAnswers;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Classification;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The paged search against a real register file of 200 integrations: every page is compared with the same
/// filter and order worked out in Java over what was stored.
class RegisterSearchTest extends RegisterFixture {
    private static final int SIZE = 200;
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    private final List<IntegrationSummary> stored = new ArrayList<>();
    private RegisterSearch search;

    @BeforeEach
    void fillRegister() {
        Answers reader = TestAnswers.of(TestAnswers.readOnlyCopilot());
        Answers writer = TestAnswers.of(TestAnswers.writingAgent());
        Classification readerResult = ClassificationEngine.classify(reader);
        Classification writerResult = ClassificationEngine.classify(writer);
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            drafts.add(draft(i));
        }
        List<Integration> saved = db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(), AT, "alice",
                null).insert(drafts));
        ClassificationRepository classifications = new ClassificationRepository(db.dsl());
        for (int i = 0; i < SIZE; i++) {
            Integration it = saved.get(i);
            Classification latest = null;
            if (i % 5 == 0) {
                latest = readerResult;
                classifications.insert(it.id(), reader, readerResult, List.of(), AT, "alice");
            } else if (i % 10 == 1) {
                // two at the same instant: the later row (higher id) is the latest
                classifications.insert(it.id(), writer, writerResult, List.of(), AT, "alice");
                classifications.insert(it.id(), reader, readerResult, List.of(), AT, "alice");
                latest = readerResult;
            } else if (i % 10 == 3) {
                classifications.insert(it.id(), reader, readerResult, List.of(), AT, "alice");
                classifications.insert(it.id(), writer, writerResult, List.of(), AT.plusSeconds(60), "alice");
                latest = writerResult;
            }
            stored.add(new IntegrationSummary(it.id(), it.name(), it.kind(), it.status(), it.vendor(),
                    it.sponsorId() == null ? null : ana.id() == it.sponsorId() ? ana.name() : ben.name(),
                    it.technicalOwnerId() == null ? null : chloe.name(), it.nextReview(),
                    latest == null ? null : latest.verdict(), latest == null ? null : latest.riskTier()));
        }
        search = new RegisterSearch(db.dsl());
        assertThat(readerResult.riskTier()).isNotEqualTo(writerResult.riskTier());
    }

    private Integration draft(int i) {
        IntegrationKind kind = IntegrationKind.values()[i % IntegrationKind.values().length];
        LifecycleStatus status = i % 3 == 0 ? LifecycleStatus.ACTIVE : LifecycleStatus.PROPOSED;
        String vendor = i % 3 == 0 ? "Acme AI" : i % 3 == 1 ? "Globex" : null;
        Long sponsor = i % 4 == 0 ? Long.valueOf(ana.id()) : i % 4 == 1 ? Long.valueOf(ben.id()) : null;
        Long owner = i % 2 == 0 ? Long.valueOf(chloe.id()) : null;
        String purpose = i % 10 == 0 ? "Summarises Zoë's tickets" : "Routine work";
        // names deliberately not in id order
        String name = "Integration %03d".formatted((i * 37) % SIZE);
        return new Integration(0, 0, name, purpose, vendor, kind, null, Set.of(), status, sponsor, owner,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null);
    }

    @Test
    void pagesThroughEverythingByNameWithTheTotal() {
        List<IntegrationSummary> byName = expected(r -> true, Comparator.comparing(IntegrationSummary::name));
        List<IntegrationSummary> collected = new ArrayList<>();
        for (int offset = 0; offset < SIZE; offset += 30) {
            IntegrationPage page = search.page(SearchQuery.ALL, offset, 30);
            assertThat(page.total()).isEqualTo(SIZE);
            assertThat(page.offset()).isEqualTo(offset);
            assertThat(page.rows()).hasSize(Math.min(30, SIZE - offset));
            collected.addAll(page.rows());
        }
        assertThat(collected).containsExactlyElementsOf(byName);
        IntegrationPage pastTheEnd = search.page(SearchQuery.ALL, SIZE + 5, 30);
        assertThat(pastTheEnd.rows()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(SIZE);
    }

    @Test
    void quickSearchMatchesEveryWordIgnoringCaseAcrossNamePurposeVendorAndPeople() {
        assertPage(SearchQuery.ALL.withText("ZOË"), r -> r.name() != null && isZoe(r));
        assertPage(SearchQuery.ALL.withText("  ana   globex "),
                r -> ana.name().equals(r.sponsorName()) && "Globex".equals(r.vendor()));
        assertPage(SearchQuery.ALL.withText("chloé integration 01"),
                r -> chloe.name().equals(r.ownerName()) && r.name().contains("Integration 01"));
        // a word without letters or digits has no terms to look for, so it narrows nothing (and is no wildcard)
        assertThat(search.page(SearchQuery.ALL.withText("% _"), 0, 50).total()).isEqualTo(SIZE);
    }

    private boolean isZoe(IntegrationSummary row) {
        return stored.indexOf(row) % 10 == 0;
    }

    @Test
    void columnFiltersCombineWithEachOtherAndWithText() {
        Set<IntegrationKind> kinds = Set.of(IntegrationKind.MCP_SERVER, IntegrationKind.AUTONOMOUS_AGENT);
        assertPage(SearchQuery.ALL.withKinds(kinds).withStatuses(Set.of(LifecycleStatus.ACTIVE)),
                r -> kinds.contains(r.kind()) && r.status() == LifecycleStatus.ACTIVE);
        assertPage(SearchQuery.ALL.withKinds(kinds).withText("acme"),
                r -> kinds.contains(r.kind()) && "Acme AI".equals(r.vendor()));
    }

    @Test
    void verdictAndTierFiltersLookOnlyAtTheLatestClassification() {
        IntegrationSummary twiceSameInstant = stored.get(1);
        IntegrationSummary reclassifiedLater = stored.get(3);
        assertThat(search.page(SearchQuery.ALL.withText(twiceSameInstant.name()), 0, 5).rows())
                .containsExactly(twiceSameInstant);
        assertPage(SearchQuery.ALL.withTiers(Set.of(reclassifiedLater.riskTier())),
                r -> r.riskTier() == reclassifiedLater.riskTier());
        assertPage(SearchQuery.ALL.withVerdicts(Set.of(twiceSameInstant.verdict()))
                        .withTiers(Set.of(twiceSameInstant.riskTier())),
                r -> r.verdict() == twiceSameInstant.verdict() && r.riskTier() == twiceSameInstant.riskTier());
    }

    @Test
    void oneVerdictAndTierOrOneKindAndStatusPageInNameOrderBothWays() {
        IntegrationSummary latest = stored.get(3);
        assertPagesBothWays(SearchQuery.ALL.withVerdicts(Set.of(latest.verdict())).withTiers(Set.of(latest.riskTier())),
                r -> r.verdict() == latest.verdict() && r.riskTier() == latest.riskTier());
        assertPagesBothWays(SearchQuery.ALL.withKinds(Set.of(IntegrationKind.MCP_SERVER))
                        .withStatuses(Set.of(LifecycleStatus.PROPOSED)),
                r -> r.kind() == IntegrationKind.MCP_SERVER && r.status() == LifecycleStatus.PROPOSED);
    }

    private void assertPagesBothWays(SearchQuery query, Predicate<IntegrationSummary> filter) {
        Comparator<IntegrationSummary> byName = Comparator.comparing(IntegrationSummary::name)
                .thenComparingLong(IntegrationSummary::id);
        for (boolean ascending : List.of(true, false)) {
            List<IntegrationSummary> all = expected(filter, ascending ? byName : byName.reversed());
            assertThat(all).hasSizeGreaterThan(3);
            List<IntegrationSummary> collected = new ArrayList<>();
            for (int offset = 0; offset < all.size(); offset += 3) {
                IntegrationPage page = search.page(query.sortedBy(SearchQuery.Sort.NAME, ascending), offset, 3);
                assertThat(page.total()).isEqualTo(all.size());
                collected.addAll(page.rows());
            }
            assertThat(collected).containsExactlyElementsOf(all);
        }
    }

    @Test
    void sortsByTheChosenColumnThenNameThenIdInOneDirection() {
        Comparator<IntegrationSummary> byKind = Comparator.comparing((IntegrationSummary r) -> r.kind().name())
                .thenComparing(IntegrationSummary::name).thenComparingLong(IntegrationSummary::id);
        assertThat(search.page(SearchQuery.ALL.sortedBy(SearchQuery.Sort.KIND, false), 10, 40).rows())
                .containsExactlyElementsOf(expected(r -> true, byKind.reversed()).subList(10, 50));
        assertThat(search.page(SearchQuery.ALL.sortedBy(SearchQuery.Sort.NAME, false), 0, 20).rows())
                .containsExactlyElementsOf(expected(r -> true,
                        Comparator.comparing(IntegrationSummary::name).reversed()).subList(0, 20));
    }

    /// Vendor has NULLs: they sort lowest (first ascending, last descending) on H2 and PostgreSQL alike, and a
    /// row's position is where its page shows it.
    @Test
    void nullsSortLowestAndPositionsMatchPagesInEveryDirection() {
        Comparator<IntegrationSummary> byVendor = Comparator.comparing(IntegrationSummary::vendor,
                        Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(IntegrationSummary::name).thenComparingLong(IntegrationSummary::id);
        for (boolean ascending : List.of(true, false)) {
            SearchQuery query = SearchQuery.ALL.sortedBy(SearchQuery.Sort.VENDOR, ascending);
            List<IntegrationSummary> all = expected(r -> true, ascending ? byVendor : byVendor.reversed());
            assertThat(search.page(query, 60, 30).rows()).containsExactlyElementsOf(all.subList(60, 90));
            for (int i : List.of(0, 66, 67, 133, 134, 199)) {
                assertThat(search.position(query, all.get(i).id())).hasValue(i);
            }
        }
    }

    /// Names compare ignoring case on both engines: "acme …" sorts among "Acme …", not after every capital.
    @Test
    void namesSortIgnoringCase() {
        service.create(dev.steward.testing.TestRegisters.minimal("integration 000a", IntegrationKind.MCP_SERVER));
        List<IntegrationSummary> first = search.page(SearchQuery.ALL, 0, 3).rows();
        assertThat(first).extracting(IntegrationSummary::name)
                .containsExactly("Integration 000", "integration 000a", "Integration 001");
    }

    @Test
    void refusesANegativeOffsetOrAnEmptyPage() {
        assertThatThrownBy(() -> search.page(SearchQuery.ALL, -1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> search.page(SearchQuery.ALL, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertPage(SearchQuery query, Predicate<IntegrationSummary> filter) {
        List<IntegrationSummary> all = expected(filter, Comparator.comparing(IntegrationSummary::name));
        assertThat(all).as("the query should match something").isNotEmpty();
        IntegrationPage page = search.page(query, 0, 10);
        assertThat(page.total()).isEqualTo(all.size());
        assertThat(page.rows()).containsExactlyElementsOf(all.subList(0, Math.min(10, all.size())));
    }

    private List<IntegrationSummary> expected(Predicate<IntegrationSummary> filter,
                                              Comparator<IntegrationSummary> order) {
        return stored.stream().filter(filter).sorted(order).toList();
    }
}
