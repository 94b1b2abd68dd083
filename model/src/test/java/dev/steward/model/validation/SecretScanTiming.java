package dev.steward.model.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.Map;
import java.util.function.IntFunction;

/// Figures for docs/robustness.md, run on demand only (no timed tests in the normal build):
/// `./mvnw25 -B -o -pl model test -Dtest=SecretScanTiming -Dsteward.timing=true`.
/// Prints the time of one scan for 1, 5 and 10 MB of each hostile text, then the former regular expressions
/// on much shorter texts, to show linear growth against quadratic.
@EnabledIfSystemProperty(named = "steward.timing", matches = "true")
class SecretScanTiming {
    private static final Map<String, IntFunction<String>> TEXTS = Map.of(
            "one letter", n -> "a".repeat(n),
            "prose", n -> "Reads supplier invoices and files them. ".repeat(n / 40),
            "'eyJ-' repeated", n -> "eyJ-".repeat(n / 4),
            "'aws secret' + spaces", n -> "aws secret" + " ".repeat(n),
            "'a://b:' repeated", n -> "a://b:".repeat(n / 6));

    @Test
    void printFigures() {
        TEXTS.forEach((name, text) -> {
            StringBuilder line = new StringBuilder(String.format("%-24s", name));
            for (int mb : new int[] {1, 5, 10}) {
                String s = text.apply(mb << 20);
                SecretDetector.scan(s); // warm-up
                line.append(String.format("  %2d MB: %6.0f ms", mb, millis(() -> SecretDetector.scan(s))));
            }
            System.out.println(line);
        });
        for (String name : new String[] {"one letter", "'aws secret' + spaces", "'eyJ-' repeated"}) {
            StringBuilder line = new StringBuilder(String.format("former %-24s", name));
            for (int chars : new int[] {10_000, 20_000, 40_000}) {
                String s = TEXTS.get(name).apply(chars);
                line.append(String.format("  %,d chars: %8.0f ms", chars,
                        millis(() -> RegexSecretDetectorOracle.scan(s))));
            }
            System.out.println(line);
        }
    }

    private static double millis(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }
}
