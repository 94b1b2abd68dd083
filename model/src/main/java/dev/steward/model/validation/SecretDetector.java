package dev.steward.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/// Spots text that looks like real credential material so the register never becomes a secret store.
///
/// Known formats (AWS, GitHub, Slack, JWT, PEM, Google, OpenAI/Anthropic, Stripe) are recognised by their
/// prefixes; anything else only by looking machine-generated (see {@link RandomTokenHeuristic}). The detector
/// errs towards silence on ordinary register content: URLs, paths, UUIDs, ARNs, SPIFFE IDs, emails and names
/// in any script pass, because a validator that cries wolf gets switched off.
///
/// **Time linear in the text's length, always.** The detector runs on every keystroke in the editor and on
/// every cell of an import, so it uses no regular expressions: a backtracking pattern such as the former
/// `[A-Za-z][A-Za-z0-9+.-]*://...` took 458 s on a 200,000-character cell. Each rule below is a scanner that
/// reads every character a bounded number of times, which its comment argues. Every rule makes one pass over
/// the text, so a scan costs at most about a dozen passes. The rules mean exactly what the regular expressions
/// they replace meant (a differential test keeps them honest).
public final class SecretDetector {
    private static final String LONG_RANDOM = "a long random-looking string (possible API key or token)";

    private static final List<Rule> KNOWN_FORMATS = List.of(
            new Rule("a private key block", SecretDetector::privateKeyBlock),
            new Rule("an AWS access key ID", SecretDetector::awsAccessKeyId),
            new Rule("an AWS secret access key", SecretDetector::awsSecretKey),
            new Rule("a GitHub token", SecretDetector::gitHubToken),
            new Rule("a Slack token", SecretDetector::slackToken),
            new Rule("a Slack webhook URL", SecretDetector::slackWebhook),
            new Rule("a JSON Web Token", SecretDetector::jsonWebToken),
            new Rule("a Google API key", SecretDetector::googleApiKey),
            new Rule("a Stripe secret key", SecretDetector::stripeKey),
            // The Anthropic rule must come before the OpenAI one, which also matches "sk-ant-...".
            new Rule("an Anthropic API key", t -> dashedKey(t, "sk-ant-", 20)),
            // "sk-" also starts harmless slugs such as "sk-invoice-agent-2024"; keys mix all character classes.
            new Rule("an OpenAI-style API key", t -> dashedKey(t, "sk-", 20)),
            new Rule("a URL with an embedded password", SecretDetector::urlWithPassword));

    private SecretDetector() {
    }

    /// @return what the text looks like, or empty if it looks harmless (also for `null`)
    public static Optional<SecretFinding> scan(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (Rule rule : KNOWN_FORMATS) {
            if (rule.test().test(text)) {
                return Optional.of(new SecretFinding(rule.description()));
            }
        }
        return looksLikeUnknownSecret(text) ? Optional.of(new SecretFinding(LONG_RANDOM)) : Optional.empty();
    }

    /// One known credential format.
    private record Rule(String description, Predicate<String> test) {
    }

    // ---- character classes -------------------------------------------------------------------------------

    static boolean isAlnum(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /// base64url: letters, digits, '_' and '-'.
    private static boolean isUrlSafe(char c) {
        return isAlnum(c) || c == '_' || c == '-';
    }

    /// Characters that may belong to a token; everything else (spaces, dots, colons, '@', non-ASCII) ends one.
    static boolean isTokenChar(char c) {
        return isAlnum(c) || c == '+' || c == '/' || c == '=' || c == '_' || c == '-';
    }

    private static boolean isHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /// What `\s` means in a Java pattern without UNICODE_CHARACTER_CLASS.
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private interface CharClass {
        boolean contains(char c);
    }

    /// End (exclusive) of the run of `cls` characters starting at `from`.
    private static int runEnd(String t, int from, CharClass cls) {
        int i = from;
        while (i < t.length() && cls.contains(t.charAt(i))) {
            i++;
        }
        return i;
    }

    private interface RunTest {
        boolean test(int from, int to);
    }

    /// Whether any whole (maximal) run of `cls` characters passes `test`. Runs are visited one after another,
    /// so the text is read once, plus whatever `test` reads of the run it is given.
    private static boolean anyRun(String t, CharClass cls, RunTest test) {
        int i = 0;
        while (i < t.length()) {
            if (!cls.contains(t.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(t, i, cls);
            if (test.test(i, end)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    /// True when at least `n` characters of `cls` start at `from`; reads at most `n` characters.
    private static boolean atLeast(String t, int from, int n, CharClass cls) {
        if (from + n > t.length()) {
            return false;
        }
        for (int i = from; i < from + n; i++) {
            if (!cls.contains(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean alnumBefore(String t, int i) {
        return i > 0 && isAlnum(t.charAt(i - 1));
    }

    // ---- known formats --------------------------------------------------------------------------------------

    /// `-----BEGIN[A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----`. The run after BEGIN stops at the first '-', so the
    /// match exists exactly when that run ends in "PRIVATE KEY" (or "... BLOCK") and "-----" follows. The
    /// next search starts where the run ended: every character is read at most twice.
    private static boolean privateKeyBlock(String t) {
        String begin = "-----BEGIN";
        int from = 0;
        int at;
        while ((at = t.indexOf(begin, from)) >= 0) {
            int start = at + begin.length();
            int end = runEnd(t, start, c -> isUpperOrDigit(c) || c == ' ');
            String run = t.substring(start, end);
            if ((run.endsWith("PRIVATE KEY") || run.endsWith("PRIVATE KEY BLOCK")) && t.startsWith("-----", end)) {
                return true;
            }
            from = Math.max(end, at + 1);
        }
        return false;
    }

    /// `(?<![A-Za-z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])`: a whole run of letters and digits, 20 long.
    /// Runs are visited one after another, so the text is read once.
    private static boolean awsAccessKeyId(String t) {
        return anyRun(t, SecretDetector::isAlnum, (from, to) -> to - from == 20
                && (t.startsWith("AKIA", from) || t.startsWith("ASIA", from))
                && atLeast(t, from + 4, 16, SecretDetector::isUpperOrDigit));
    }

    /// `(?i)(secret[_ ]?access[_ ]?key|aws[_ ]?secret([_ ]?key)?)["']?\s*[:=]?\s*["']?` followed by
    /// `(?-i)[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`. The gap between keyword and key holds no letters, so gaps
    /// of different keywords never overlap; the key itself is at most 41 characters to read.
    private static boolean awsSecretKey(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 's' || c == 'S') {
                int end = keyword(t, i, "secret", "access", "key");
                if (end >= 0 && secretAfterGap(t, end)) {
                    return true;
                }
            } else if (c == 'a' || c == 'A') {
                int end = keyword(t, i, "aws", "secret");
                if (end >= 0) {
                    // "([_ ]?key)?" is optional: the key may start right after "secret" or after "key".
                    int withKey = keyword(t, end, "key");
                    int withSeparatorKey = end < t.length() && (t.charAt(end) == '_' || t.charAt(end) == ' ')
                            ? keyword(t, end + 1, "key") : -1;
                    if (secretAfterGap(t, end) || withKey >= 0 && secretAfterGap(t, withKey)
                            || withSeparatorKey >= 0 && secretAfterGap(t, withSeparatorKey)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// Words matched ignoring ASCII case, with an optional '_' or ' ' between them.
    /// @return the index after the last word, or -1
    private static int keyword(String t, int from, String... words) {
        int i = from;
        for (int w = 0; w < words.length; w++) {
            if (w > 0 && i < t.length() && (t.charAt(i) == '_' || t.charAt(i) == ' ')
                    && asciiIgnoringCase(t, i + 1, words[w])) {
                i++;
            }
            if (!asciiIgnoringCase(t, i, words[w])) {
                return -1;
            }
            i += words[w].length();
        }
        return i;
    }

    private static boolean asciiIgnoringCase(String t, int from, String lowerWord) {
        if (from + lowerWord.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < lowerWord.length(); k++) {
            char c = t.charAt(from + k);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerWord.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /// `["']?\s*[:=]?\s*["']?` then exactly 40 of `[A-Za-z0-9/+]` not followed by one of them or '='. The gap's
    /// parts are disjoint classes, so taking each as far as it goes is the only way to parse it.
    private static boolean secretAfterGap(String t, int from) {
        int i = from;
        i = optional(t, i, c -> c == '"' || c == '\'');
        i = runEnd(t, i, SecretDetector::isSpace);
        i = optional(t, i, c -> c == ':' || c == '=');
        i = runEnd(t, i, SecretDetector::isSpace);
        i = optional(t, i, c -> c == '"' || c == '\'');
        CharClass key = c -> isAlnum(c) || c == '/' || c == '+';
        if (!atLeast(t, i, 40, key)) {
            return false;
        }
        return i + 40 == t.length() || !(key.contains(t.charAt(i + 40)) || t.charAt(i + 40) == '=');
    }

    private static int optional(String t, int i, CharClass cls) {
        return i < t.length() && cls.contains(t.charAt(i)) ? i + 1 : i;
    }

    /// `(?<![A-Za-z0-9])(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})`: at most 41 characters read
    /// per start.
    private static boolean gitHubToken(String t) {
        for (int i = t.indexOf('g'); i >= 0; i = t.indexOf('g', i + 1)) {
            if (alnumBefore(t, i)) {
                continue;
            }
            if (i + 3 < t.length() && t.charAt(i + 1) == 'h' && "pousr".indexOf(t.charAt(i + 2)) >= 0
                    && t.charAt(i + 3) == '_'
                    && atLeast(t, i + 4, 30, SecretDetector::isAlnum)) {
                return true;
            }
            if (t.startsWith("github_pat_", i) && atLeast(t, i + 11, 30, c -> isAlnum(c) || c == '_')) {
                return true;
            }
        }
        return false;
    }

    /// `(?<![A-Za-z0-9])xox[bpars]-[A-Za-z0-9-]{10,}`.
    private static boolean slackToken(String t) {
        for (int i = t.indexOf("xox"); i >= 0; i = t.indexOf("xox", i + 1)) {
            if (!alnumBefore(t, i) && i + 4 < t.length() && "bpars".indexOf(t.charAt(i + 3)) >= 0
                    && t.charAt(i + 4) == '-' && atLeast(t, i + 5, 10, c -> isAlnum(c) || c == '-')) {
                return true;
            }
        }
        return false;
    }

    /// `hooks\.slack\.com/services/[A-Za-z0-9_/-]{10,}`.
    private static boolean slackWebhook(String t) {
        String prefix = "hooks.slack.com/services/";
        for (int i = t.indexOf(prefix); i >= 0; i = t.indexOf(prefix, i + 1)) {
            if (atLeast(t, i + prefix.length(), 10, c -> isUrlSafe(c) || c == '/')) {
                return true;
            }
        }
        return false;
    }

    /// `(?<![A-Za-z0-9])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*`. Both parts end at a '.',
    /// which base64url lacks, so each part is a whole base64url run. Within one run only the first "eyJ"
    /// start needs checking (later ones leave shorter first parts and the same rest), so each run is read
    /// once: "eyJ-eyJ-eyJ-..." no longer costs time quadratic in its length.
    private static boolean jsonWebToken(String t) {
        return anyRun(t, SecretDetector::isUrlSafe, (from, to) -> {
            int start = firstJwtStart(t, from, to);
            if (start < 0 || to - (start + 3) < 5 || to >= t.length() || t.charAt(to) != '.') {
                return false;
            }
            int second = runEnd(t, to + 1, SecretDetector::isUrlSafe);
            return second - (to + 1) >= 5 && second < t.length() && t.charAt(second) == '.';
        });
    }

    /// The first "eyJ" in `[from, to)` that no letter or digit precedes, or -1.
    /// Reads only the run, never past it: searching the rest of the text for each run would be quadratic.
    private static int firstJwtStart(String t, int from, int to) {
        for (int at = from; at + 3 <= to; at++) {
            if (t.startsWith("eyJ", at) && !alnumBefore(t, at)) {
                return at;
            }
        }
        return -1;
    }

    /// `(?<![A-Za-z0-9])AIza[A-Za-z0-9_-]{35}`.
    private static boolean googleApiKey(String t) {
        for (int i = t.indexOf("AIza"); i >= 0; i = t.indexOf("AIza", i + 1)) {
            if (!alnumBefore(t, i) && atLeast(t, i + 4, 35, SecretDetector::isUrlSafe)) {
                return true;
            }
        }
        return false;
    }

    /// `(?<![A-Za-z0-9])[sr]k_(live|test)_[A-Za-z0-9]{10,}`.
    private static boolean stripeKey(String t) {
        for (int i = t.indexOf("k_"); i >= 0; i = t.indexOf("k_", i + 1)) {
            int start = i - 1;
            if (start >= 0 && (t.charAt(start) == 's' || t.charAt(start) == 'r') && !alnumBefore(t, start)
                    && (t.startsWith("live_", i + 2) || t.startsWith("test_", i + 2))
                    && atLeast(t, i + 7, 10, SecretDetector::isAlnum)) {
                return true;
            }
        }
        return false;
    }

    /// `(?<![A-Za-z0-9_-])PREFIX[A-Za-z0-9_-]{n,}`, confirmed only when the whole match mixes upper case, lower
    /// case, digits and symbols. The lookbehind means a match is a whole base64url run; runs are visited once.
    private static boolean dashedKey(String t, String prefix, int minRest) {
        return anyRun(t, SecretDetector::isUrlSafe, (from, to) -> t.startsWith(prefix, from)
                && to - from >= prefix.length() + minRest && RandomTokenHeuristic.characterClasses(t, from, to) == 4);
    }

    /// `[A-Za-z][A-Za-z0-9+.-]*://[^\s/:@]+:([^\s/@]+)@` where the password does not start with '$' or '{'
    /// (a placeholder such as `${DB_PASSWORD}`). Every part ends at a character it cannot contain, so each
    /// "://" has at most one way to match: the scheme is the run before it (it needs a letter somewhere, the
    /// first one starting the match), the user runs to the first ':', the password to the '@'. A scheme holds
    /// no ':', a user no ':' and a password no '/', so the pieces read for different "://" never overlap:
    /// the text is read at most twice. (The regular expression tried every letter as a start and read to the
    /// end of the run each time.)
    private static boolean urlWithPassword(String t) {
        for (int sep = t.indexOf("://"); sep >= 0; sep = t.indexOf("://", sep + 1)) {
            if (!schemeBefore(t, sep)) {
                continue;
            }
            int userEnd = runEnd(t, sep + 3, c -> !(isSpace(c) || c == '/' || c == ':' || c == '@'));
            if (userEnd == sep + 3 || userEnd >= t.length() || t.charAt(userEnd) != ':') {
                continue;
            }
            int passwordStart = userEnd + 1;
            int passwordEnd = runEnd(t, passwordStart, c -> !(isSpace(c) || c == '/' || c == '@'));
            if (passwordEnd > passwordStart && passwordEnd < t.length() && t.charAt(passwordEnd) == '@'
                    && t.charAt(passwordStart) != '$' && t.charAt(passwordStart) != '{') {
                return true;
            }
        }
        return false;
    }

    /// Whether the run of `[A-Za-z0-9+.-]` ending at `end` contains a letter.
    private static boolean schemeBefore(String t, int end) {
        for (int i = end - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return true;
            }
            if (!(isAlnum(c) || c == '+' || c == '.' || c == '-')) {
                return false;
            }
        }
        return false;
    }

    // ---- unknown formats -------------------------------------------------------------------------------------

    /// Long hex runs that mix letters and digits, or token runs that look random. UUIDs are identifiers people
    /// legitimately record, so they are blanked out first and cannot feed either check. Each is one pass.
    private static boolean looksLikeUnknownSecret(String text) {
        String withoutUuids = blankUuids(text);
        return hexKey(withoutUuids) || randomToken(withoutUuids);
    }

    /// `(?i)(?<![A-Za-z0-9])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9])`
    /// replaced by one space each; at most 37 characters read per position.
    private static String blankUuids(String t) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i + 36 <= t.length()) {
            if (!alnumBefore(t, i) && isUuidAt(t, i) && !(i + 36 < t.length() && isAlnum(t.charAt(i + 36)))) {
                if (out == null) {
                    out = new StringBuilder(t.length());
                }
                out.append(t, copied, i).append(' ');
                i += 36;
                copied = i;
            } else {
                i++;
            }
        }
        return out == null ? t : out.append(t, copied, t.length()).toString();
    }

    private static boolean isUuidAt(String t, int at) {
        for (int k = 0; k < 36; k++) {
            char c = t.charAt(at + k);
            boolean dash = k == 8 || k == 13 || k == 18 || k == 23;
            if (dash ? c != '-' : !isHex(c)) {
                return false;
            }
        }
        return true;
    }

    /// `(?<![A-Za-z0-9])[0-9a-fA-F]{32,}(?![A-Za-z0-9])` mixing letters and digits: a whole letter-and-digit
    /// run of 32 or more hex digits.
    private static boolean hexKey(String t) {
        return anyRun(t, SecretDetector::isAlnum, (from, to) -> to - from >= 32 && allHexMixed(t, from, to));
    }

    /// Real keys are random, so they contain both letters and digits; words and all-digit numbers do not count.
    private static boolean allHexMixed(String t, int from, int to) {
        boolean letter = false;
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (!isHex(c)) {
                return false;
            }
            letter |= c > '9';
            digit |= c <= '9';
        }
        return letter && digit;
    }

    /// Whole runs of token characters, 24 or more long, that look random.
    private static boolean randomToken(String t) {
        return anyRun(t, SecretDetector::isTokenChar, (from, to) -> to - from >= RandomTokenHeuristic.MIN_LENGTH
                && RandomTokenHeuristic.looksRandom(t.substring(from, to)));
    }
}
