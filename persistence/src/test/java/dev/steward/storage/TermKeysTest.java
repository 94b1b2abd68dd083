package dev.steward.storage;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermKeysTest {
    private static final List<String> TERMS = List.of("a", "ab", "abc", "abcde", "abcdef", "abcdz", "abd", "b",
            "0", "09", "9z", "z", "zz", "zzzzzz", "é", "aé", "aéb", "aü", "東京", "ledger", "ledgers", "led",
            "le");

    @Test
    void aTokenRangeHoldsEveryTermItBeginsAndWhenExactNoOther() {
        Random random = new Random(17);
        String alphabet = "0189abyzéü京";
        List<String> terms = new java.util.ArrayList<>(TERMS);
        List<String> tokens = new java.util.ArrayList<>(TERMS);
        for (int i = 0; i < 2_000; i++) {
            terms.add(randomWord(random, alphabet, 1 + random.nextInt(8)));
            tokens.add(randomWord(random, alphabet, 1 + random.nextInt(7)));
        }
        for (String token : tokens) {
            TermKeys.Range range = TermKeys.range(token);
            for (String term : terms) {
                long key = TermKeys.key(term, 42);
                boolean inRange = key >= range.from() && key <= range.to();
                if (term.startsWith(token)) {
                    assertThat(inRange).as("%s begins with %s", term, token).isTrue();
                } else if (range.exact()) {
                    assertThat(inRange).as("%s does not begin with %s", term, token).isFalse();
                }
            }
        }
    }

    @Test
    void onlyShortTokensOfDigitsAndLatinLettersAreExact() {
        assertThat(TermKeys.range("ledge").exact()).isTrue();
        assertThat(TermKeys.range("l").exact()).isTrue();
        assertThat(TermKeys.range("ledger").exact()).isFalse();
        assertThat(TermKeys.range("é").exact()).isFalse();
        assertThat(TermKeys.range("aé").exact()).isFalse();
    }

    @Test
    void keysSortAsTheirPrefixesAndCarryTheIntegration() {
        assertThat(TermKeys.key("a", 5)).isLessThan(TermKeys.key("ab", 1));
        assertThat(TermKeys.key("9", 5)).isLessThan(TermKeys.key("a", 1));
        assertThat(TermKeys.key("z", 5)).isLessThan(TermKeys.key("é", 1));
        assertThat(TermKeys.integrationId(TermKeys.key("ledger", 123_456_789L))).isEqualTo(123_456_789L);
        assertThat(TermKeys.integrationId(TermKeys.key("zzzzz", TermKeys.ID_MASK))).isEqualTo(TermKeys.ID_MASK);
        assertThat(TermKeys.key("zzzzz", TermKeys.ID_MASK)).isPositive();
        assertThatThrownBy(() -> TermKeys.key("a", TermKeys.ID_MASK + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond");
    }

    @Test
    void termsSharingAPrefixShareARowWithTheirWordsSorted() {
        Map<Long, String> rows = TermKeys.rows(7, List.of("ledgers", "bot", "ledger", "ledgerbot"));
        assertThat(rows).containsEntry(TermKeys.key("ledger", 7), "ledger ledgerbot ledgers")
                .containsEntry(TermKeys.key("bot", 7), "bot").hasSize(2);
    }

    private static String randomWord(Random random, String alphabet, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return word.toString();
    }
}
