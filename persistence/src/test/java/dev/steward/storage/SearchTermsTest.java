package dev.steward.storage;

import dev.steward.testing.TestRegisters;

import dev.steward.model.register.IntegrationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// How text is split into the words the quick search finds an integration by.
class SearchTermsTest {

    @Test
    void splitsAtEveryCharacterThatIsNeitherLetterNorDigitAndLowerCases() {
        assertThat(SearchTerms.tokens("Finance-Ledger-Bot v2.0 (EU)")).containsExactly("finance", "ledger", "bot",
                "v2", "0", "eu");
        assertThat(SearchTerms.tokens("jira_mcp/slack@acme.io;R&D\tteam\nlead")).containsExactly("jira", "mcp",
                "slack", "acme", "io", "r", "d", "team", "lead");
        assertThat(SearchTerms.tokens("100% 50_000 O'Brien")).containsExactly("100", "50", "000", "o", "brien");
    }

    @Test
    void keepsAccentedLettersAndScriptsWithoutSpacesWhole() {
        assertThat(SearchTerms.tokens("Zoë's Kraków team")).containsExactly("zoë", "s", "kraków", "team");
        assertThat(SearchTerms.tokens("東京 営業部ボット")).containsExactly("東京", "営業部ボット");
        assertThat(SearchTerms.tokens("مرحبا Ελλάδα ΣΟΦΙΑ")).containsExactly("مرحبا", "ελλάδα", "σοφια");
    }

    @Test
    void composedAndDecomposedOrFullWidthTextGiveTheSameWord() {
        String decomposed = "Zoe\u0308";
        assertThat(decomposed).isNotEqualTo("Zoë");
        assertThat(SearchTerms.tokens(decomposed)).containsExactly("zoë");
        assertThat(SearchTerms.tokens("ZOË")).containsExactly("zoë");
        assertThat(SearchTerms.tokens("ＡＣＭＥ１２")).containsExactly("acme12");
    }

    @Test
    void dropsEmptyWordsAndRepeats() {
        assertThat(SearchTerms.tokens(null)).isEmpty();
        assertThat(SearchTerms.tokens("   ")).isEmpty();
        assertThat(SearchTerms.tokens("-- % _ !! …")).isEmpty();
        assertThat(SearchTerms.tokens("Bot bot BOT, bot-bot")).containsExactly("bot");
    }

    @Test
    void cutsLongWordsToTheColumnWithoutSplittingASurrogatePair() {
        String long70 = "a".repeat(70);
        assertThat(SearchTerms.tokens(long70 + " b")).containsExactly("a".repeat(64), "b");
        String cjk = "\uD840\uDC00"; // U+20000, one letter in two chars
        assertThat(Character.isLetter(cjk.codePointAt(0))).isTrue();
        List<String> cut = SearchTerms.tokens("a".repeat(63) + cjk + "zz");
        assertThat(cut).containsExactly("a".repeat(63));
        assertThat(SearchTerms.tokens("a".repeat(62) + cjk + "zz")).containsExactly("a".repeat(62) + cjk);
        assertThat(SearchTerms.tokens("x".repeat(64))).containsExactly("x".repeat(64));
    }

    @Test
    void anIntegrationIsFoundByNamePurposeVendorToolsAndSystemsOnly() {
        var full = TestRegisters.fullyFilled("Triage Planner", 1, 2, List.of());
        assertThat(SearchTerms.of(full)).containsExactlyInAnyOrder(
                "triage", "planner",                                       // name
                "plans", "ticket", "zoë", "s", "team", "kraków", "東京",   // purpose
                "acme", "ai",                                              // vendor
                "jira", "mcp", "slack", "api", "calculator",              // tools
                "zendesk", "tickets", "customer", "crm", "billing");      // data-access systems
        // credentials, agent links and revocation notes are not searched
        assertThat(SearchTerms.of(full)).doesNotContain("legacy", "executor", "okta", "oidc");

        var minimal = TestRegisters.minimal("Solo", IntegrationKind.LOCAL_MODEL);
        assertThat(SearchTerms.of(minimal)).containsExactly("solo", "summarises", "support", "tickets", "acme", "ai");
    }
}
