package dev.steward.model.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/// The hand-written scanners of {@link SecretDetector} must mean what the regular expressions they replaced
/// meant. Texts are stitched together from the fragments the rules look for (prefixes, separators, runs of
/// each character class), so near misses of every rule are common; each is scanned both ways.
class SecretDetectorEquivalenceTest {
    private static final List<String> FRAGMENTS = List.of(
            "AKIA", "ASIA", "-----BEGIN", " ", "RSA", "PRIVATE KEY", " BLOCK", "-----", "aws", "AWS", "secret",
            "Secret", "_", "access", "key", "Key", "=", ":", "\"", "'", "\t", "\n", "gh", "p_", "o_", "github_pat_",
            "xox", "b-", "hooks.slack.com/services/", "eyJ", ".", "AIza", "sk", "rk", "k_", "live_", "test_",
            "sk-ant-", "sk-", "://", "@", "$", "{", "/", "+", "-", "postgres", "a", "Z", "7", "é", "ſ", "東",
            "Qm7Xz2Lp9Rt4", "Kw8Vn3Bc6Hy1", "Jd5Fg0Sa7Ue2", "ABCDEFGHIJKLMNOP", "abcdefghijkl", "0123456789",
            "123e4567-e89b-12d3-a456-426614174000", "c0ffee1234567890", "abcdef0123456789", "Invoice", "Agent",
            "==", "/x9Q", "hunter2", "${DB}", "2024");

    @Test
    void scannersAgreeWithTheFormerRegularExpressions() {
        Random random = new Random(20261202);
        int findings = 0;
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(24);
            for (int p = 0; p < pieces; p++) {
                String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
                int repeat = random.nextInt(8) == 0 ? 1 + random.nextInt(6) : 1;
                text.append(fragment.repeat(repeat));
            }
            String s = text.toString();
            var expected = RegexSecretDetectorOracle.scan(s);
            assertThat(SecretDetector.scan(s)).as("scan of \"%s\"", s).isEqualTo(expected);
            findings += expected.isPresent() ? 1 : 0;
        }
        // The corpus must exercise both answers, or agreeing would prove little.
        assertThat(findings).isBetween(1_500, 28_500);
    }

    @Test
    void tokenHeuristicAgreesWithTheFormerRegularExpressions() {
        Random random = new Random(7);
        String alphabet = "aAbBzZ09-_/+=.";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder token = new StringBuilder();
            int length = 24 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                token.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('a' + random.nextInt(26) - (random.nextBoolean() ? 32 : 0)));
            }
            String s = token.toString();
            assertThat(RandomTokenHeuristic.madeOfWords(s)).as(s).isEqualTo(RegexTokenOracle.madeOfWords(s));
            assertThat(RandomTokenHeuristic.looksRandom(s)).as(s).isEqualTo(RegexTokenOracle.looksRandom(s));
        }
    }
}
