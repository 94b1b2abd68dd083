package dev.steward.storage;

import dev.steward.testing.RegisterFixture;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// What the quick search finds: every word must begin a word of the name, purpose, vendor, a tool or a
/// data-access system, or occur in the sponsor's or technical owner's name.
class QuickSearchTest extends RegisterFixture {
    private Integration ledger;
    private Integration tokyo;
    private Integration longName;
    private Integration annUnderscore;
    private Integration annPlain;

    @BeforeEach
    void fill() {
        ledger = create("Finance-Ledger-Bot", "Posts journal entries", "Acme AI", ana.id(), null,
                List.of(new ToolAccess("sap-connector", ToolType.API)), List.of(new DataAccess("General ledger", AccessLevel.WRITE)));
        tokyo = create("Zoë's 東京 assistant", "Answers HR questions", null, null, chloe.id(), List.of(), List.of());
        longName = create("Ok " + "x".repeat(70), "Has a very long word", "Globex", null, null, List.of(), List.of());
        Person annLee = service.savePerson(Person.draft("Ann_Lee", "ann@example.com", null, null));
        Person annaLee = service.savePerson(Person.draft("AnnXLee", "annx@example.com", null, null));
        annUnderscore = create("Alpha", "Drafts replies", null, annLee.id(), null, List.of(), List.of());
        annPlain = create("Beta", "Drafts replies", null, annaLee.id(), null, List.of(), List.of());
    }

    private Integration create(String name, String purpose, String vendor, Long sponsor, Long owner,
                               List<ToolAccess> tools, List<DataAccess> data) {
        return service.create(new Integration(0, 0, name, purpose, vendor, IntegrationKind.AUTONOMOUS_AGENT, null,
                Set.of(), LifecycleStatus.PROPOSED, sponsor, owner, List.of(), data, tools, List.of(), List.of(),
                null, null, null, null));
    }

    @Test
    void aWordMatchesTheBeginningOfAWordNotItsMiddle() {
        assertThat(found("ledg")).containsExactly(ledger.id());
        assertThat(found("LEDGER")).containsExactly(ledger.id());
        assertThat(found("finance-led")).containsExactly(ledger.id());
        assertThat(found("edger")).isEmpty();
        assertThat(found("bot")).containsExactly(ledger.id());
        assertThat(found("ot")).isEmpty();
    }

    @Test
    void toolsAndDataAccessSystemsAreSearchedToo() {
        assertThat(found("sap")).containsExactly(ledger.id());
        assertThat(found("connector")).containsExactly(ledger.id());
        assertThat(found("general")).containsExactly(ledger.id());
    }

    @Test
    void everyWordMustMatch() {
        assertThat(found("finance journal acme")).containsExactly(ledger.id());
        assertThat(found("finance globex")).isEmpty();
        assertThat(found("globex ok")).containsExactly(longName.id());
    }

    @Test
    void sponsorAndOwnerNamesStillMatchAnywhereInTheName() {
        assertThat(found("pereira")).containsExactly(ledger.id());
        assertThat(found("ereir")).containsExactly(ledger.id());
        assertThat(found("chloé")).containsExactly(tokyo.id());
        assertThat(found("ereira journal")).containsExactly(ledger.id());
        assertThat(found("ereira hr")).isEmpty();
    }

    @Test
    void unicodeWordsMatchWhateverFormTheyAreTypedIn() {
        assertThat(found("ZOË")).containsExactly(tokyo.id());
        assertThat(found("Zoe\u0308")).containsExactly(tokyo.id());
        assertThat(found("東")).containsExactly(tokyo.id());
        assertThat(found("東京")).containsExactly(tokyo.id());
        assertThat(found("京")).isEmpty();
    }

    @Test
    void aWordLongerThanAStoredTermStillFindsIt() {
        assertThat(found("x".repeat(70))).containsExactly(longName.id());
        assertThat(found("x".repeat(64))).containsExactly(longName.id());
        assertThat(found("x".repeat(30))).containsExactly(longName.id());
    }

    @Test
    void likeWildcardsInTheTextAreNeverWildcards() {
        // "_" must not stand for any one character in people's names, nor "%" for any run of them
        assertThat(found("n_l")).containsExactly(annUnderscore.id());
        assertThat(found("nn%")).isEmpty();
        assertThat(found("ann_")).containsExactly(annUnderscore.id());
        // in the terms both split words: "fin%ledger" is the two words "fin" and "ledger"
        assertThat(found("fin%ledger")).containsExactly(ledger.id());
        assertThat(found("acme_bot")).containsExactly(ledger.id());
        // a word of nothing but punctuation narrows nothing
        assertThat(service.search(SearchQuery.ALL.withText("% _ -"), 0, 50).total()).isEqualTo(5);
        assertThat(found("ledger -")).containsExactly(ledger.id());
        assertThat(annPlain.id()).isNotEqualTo(annUnderscore.id());
    }

    @Test
    void wordsSharingTheirFirstFiveLettersAreToldApartByTheRest() {
        // "ledger" and "ledgerbook" share a row of the term table (one key per five-letter prefix, V22)
        Integration book = create("Ledgerbook keeper", "Keeps ledgers", null, null, null, List.of(), List.of());

        assertThat(found("ledgerb")).containsExactly(book.id());
        assertThat(found("ledgers")).containsExactly(book.id());
        assertThat(found("ledge")).containsExactlyInAnyOrder(ledger.id(), book.id());
        assertThat(found("ledgerx")).isEmpty();
        assertThat(found("keep ledgerb")).containsExactly(book.id());
    }

    @Test
    void aWordMatchingNothingGivesAnEmptyPageWithTotalZero() {
        IntegrationPage page = service.search(SearchQuery.ALL.withText("zqxj"), 0, 50);
        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(service.search(SearchQuery.ALL.withText("ledger zqxj"), 0, 50).total()).isZero();
    }

    @Test
    void textCombinesWithColumnFiltersPagingAndSort() {
        Integration second = create("Ledger Reconciler", "Matches ledger lines", "Acme AI", null, null,
                List.of(), List.of());
        Integration third = create("Accounts ledger sync", "Syncs accounts", null, null, null, List.of(), List.of());
        service.update(third.withStatus(LifecycleStatus.IN_REVIEW));

        SearchQuery ledgerWord = SearchQuery.ALL.withText("ledger");
        assertThat(service.search(ledgerWord, 0, 2).rows()).extracting(IntegrationSummary::name)
                .containsExactly("Accounts ledger sync", "Finance-Ledger-Bot");
        IntegrationPage secondPage = service.search(ledgerWord, 2, 2);
        assertThat(secondPage.total()).isEqualTo(3);
        assertThat(secondPage.rows()).extracting(IntegrationSummary::id).containsExactly(second.id());
        assertThat(service.search(ledgerWord.sortedBy(SearchQuery.Sort.NAME, false), 0, 1).rows())
                .extracting(IntegrationSummary::id).containsExactly(second.id());
        assertThat(service.search(ledgerWord.withStatuses(Set.of(LifecycleStatus.IN_REVIEW)), 0, 5).rows())
                .extracting(IntegrationSummary::id).containsExactly(third.id());
        assertThat(service.search(ledgerWord.withText("ledger acme"), 0, 5).total()).isEqualTo(2);
    }

    private List<Long> found(String text) {
        return service.search(SearchQuery.ALL.withText(text), 0, 50).rows().stream()
                .map(IntegrationSummary::id).toList();
    }
}
