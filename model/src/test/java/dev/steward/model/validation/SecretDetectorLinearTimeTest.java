package dev.steward.model.validation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/// Texts of 1 MB and 5 MB built to make a backtracking matcher read the rest of the text from every position
/// (the former URL-with-password pattern took 458 s on 200,000 letters). The scan must answer well within a
/// bound that only a hang exceeds: linear scanning takes milliseconds here, the former patterns hours.
class SecretDetectorLinearTimeTest {
    static final Duration BOUND = Duration.ofSeconds(10);
    static final int MB = 1 << 20;

    static Stream<Arguments> hostileTexts() {
        return Stream.of(1, 5).flatMap(mb -> {
            int n = mb * MB;
            return Stream.of(
                    arguments(mb + " MB of one letter (URL scheme)", "a".repeat(n)),
                    arguments(mb + " MB of words and spaces", "Reads invoices ".repeat(n / 15)),
                    arguments(mb + " MB of spaces after 'aws secret'", "aws secret" + " ".repeat(n)),
                    arguments(mb + " MB of 'aws secret = '", "aws secret = ".repeat(n / 13)),
                    arguments(mb + " MB of 'eyJ-' (JWT)", "eyJ-".repeat(n / 4)),
                    arguments(mb + " MB of 'eyJabcde.' (JWT)", "eyJabcde.".repeat(n / 9)),
                    arguments(mb + " MB after a PEM header", "-----BEGIN " + "A ".repeat(n / 2)),
                    arguments(mb + " MB of 'a://b:' (URL user and password)", "a://b:".repeat(n / 6)),
                    arguments(mb + " MB of password after 'a://b:'", "a://b:" + ":c".repeat(n / 2)),
                    arguments(mb + " MB of 'sk-' (API keys)", "sk-a".repeat(n / 4)),
                    arguments(mb + " MB of a UUID near miss", "123e4567-e89b-12d3-a456-42661417400".repeat(n / 35)),
                    arguments(mb + " MB of one hex run", "abc123".repeat(n / 6) + "g"),
                    arguments(mb + " MB of one token run", "Invoice-Agent_".repeat(n / 14)),
                    arguments(mb + " MB of random base62", random(n)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void answersInTimeLinearInTheLength(String label, String text) {
        assertTimeoutPreemptively(BOUND, () -> SecretDetector.scan(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void aKeyAtTheEndOfALongTextIsStillFound(String label, String text) {
        String withKey = text + " AKIA" + "IOSFODNN7EXAMPLE";
        assertThat(assertTimeoutPreemptively(BOUND, () -> SecretDetector.scan(withKey))).isPresent();
    }

    private static String random(int n) {
        Random random = new Random(1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
