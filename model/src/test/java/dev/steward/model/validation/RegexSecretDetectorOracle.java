package dev.steward.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The regular expressions {@link SecretDetector} used before it became a set of hand-written scanners (they
/// took minutes on long text), kept as the reference the scanners must agree with on short text.
final class RegexSecretDetectorOracle {
    /// Characters that may belong to a token; everything else (spaces, dots, colons, '@', non-ASCII) ends one.
    private static final String TOKEN_CHAR = "[A-Za-z0-9+/=_-]";
    private static final String NOT_ALNUM_BEFORE = "(?<![A-Za-z0-9])";
    private static final String NOT_ALNUM_AFTER = "(?![A-Za-z0-9])";

    private static final List<Rule> KNOWN_FORMATS = List.of(
            Rule.of("a private key block", "-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----"),
            Rule.of("an AWS access key ID", NOT_ALNUM_BEFORE + "(AKIA|ASIA)[A-Z0-9]{16}" + NOT_ALNUM_AFTER),
            Rule.of("an AWS secret access key",
                    "(?i)(secret[_ ]?access[_ ]?key|aws[_ ]?secret([_ ]?key)?)[\"']?\\s*[:=]?\\s*[\"']?"
                            + "(?-i)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])"),
            Rule.of("a GitHub token", NOT_ALNUM_BEFORE + "(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})"),
            Rule.of("a Slack token", NOT_ALNUM_BEFORE + "xox[bpars]-[A-Za-z0-9-]{10,}"),
            Rule.of("a Slack webhook URL", "hooks\\.slack\\.com/services/[A-Za-z0-9_/-]{10,}"),
            Rule.of("a JSON Web Token",
                    NOT_ALNUM_BEFORE + "eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"),
            Rule.of("a Google API key", NOT_ALNUM_BEFORE + "AIza[A-Za-z0-9_-]{35}"),
            Rule.of("a Stripe secret key", NOT_ALNUM_BEFORE + "[sr]k_(live|test)_[A-Za-z0-9]{10,}"),
            // The Anthropic rule must come before the OpenAI one, whose pattern also matches "sk-ant-...".
            Rule.confirmed("an Anthropic API key", "(?<![A-Za-z0-9_-])sk-ant-[A-Za-z0-9_-]{20,}",
                    m -> RegexTokenOracle.characterClasses(m.group()) == 4),
            // "sk-" also starts harmless slugs such as "sk-invoice-agent-2024"; keys mix all character classes.
            Rule.confirmed("an OpenAI-style API key", "(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}",
                    m -> RegexTokenOracle.characterClasses(m.group()) == 4),
            Rule.confirmed("a URL with an embedded password",
                    "[A-Za-z][A-Za-z0-9+.-]*://[^\\s/:@]+:([^\\s/@]+)@",
                    m -> !m.group(1).startsWith("$") && !m.group(1).startsWith("{")));

    private static final String LONG_RANDOM = "a long random-looking string (possible API key or token)";

    private static final Pattern UUID = Pattern.compile(
            "(?i)" + NOT_ALNUM_BEFORE + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}" + NOT_ALNUM_AFTER);
    private static final Pattern HEX_RUN = Pattern.compile(NOT_ALNUM_BEFORE + "[0-9a-fA-F]{32,}" + NOT_ALNUM_AFTER);
    private static final Pattern TOKEN = Pattern.compile(TOKEN_CHAR + "{" + RegexTokenOracle.MIN_LENGTH + ",}");

    private RegexSecretDetectorOracle() {
    }

    /// @return what the text looks like, or empty if it looks harmless (also for `null`)
    static Optional<SecretFinding> scan(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Rule rule : KNOWN_FORMATS) {
            if (rule.matches(text)) {
                return Optional.of(new SecretFinding(rule.description()));
            }
        }
        return looksLikeUnknownSecret(text) ? Optional.of(new SecretFinding(LONG_RANDOM)) : Optional.empty();
    }

    private static boolean looksLikeUnknownSecret(String text) {
        // UUIDs are identifiers people legitimately record; blank them out so they cannot feed either check.
        String withoutUuids = UUID.matcher(text).replaceAll(" ");
        if (HEX_RUN.matcher(withoutUuids).results().anyMatch(m -> mixesLettersAndDigits(m.group()))) {
            return true;
        }
        return TOKEN.matcher(withoutUuids).results().anyMatch(m -> RegexTokenOracle.looksRandom(m.group()));
    }

    /// Real keys are random, so they contain both letters and digits; words and all-digit numbers do not count.
    private static boolean mixesLettersAndDigits(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.chars().anyMatch(Character::isDigit);
    }

    /// One known credential format: a pattern plus an optional check that weeds out look-alikes.
    private record Rule(String description, Pattern pattern, Predicate<Matcher> confirm) {
        static Rule of(String description, String regex) {
            return new Rule(description, Pattern.compile(regex), m -> true);
        }

        static Rule confirmed(String description, String regex, Predicate<Matcher> confirm) {
            return new Rule(description, Pattern.compile(regex), confirm);
        }

        boolean matches(String text) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (confirm.test(matcher)) {
                    return true;
                }
            }
            return false;
        }
    }
}
