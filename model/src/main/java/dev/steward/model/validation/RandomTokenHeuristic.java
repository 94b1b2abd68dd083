package dev.steward.model.validation;

/// Decides whether a run of token characters looks machine-generated (a key or token with no known prefix)
/// rather than something a person wrote, such as a path, a slug or a camel-case identifier.
///
/// Three signals together keep false alarms rare: the run mixes several character classes, its characters are
/// spread out (Shannon entropy), and it does not break down into word-sized pieces the way names do.
///
/// Hand-written scanners, no regular expressions: every check reads the token a fixed number of times.
final class RandomTokenHeuristic {
    static final int MIN_LENGTH = 24;
    static final double MIN_ENTROPY_BITS_PER_CHAR = 4.0;
    static final int MIN_CHARACTER_CLASSES = 3;

    /// Average length of letter pieces from which a run is taken to be made of words. Random base62 text breaks
    /// into pieces of 1 to 2 letters on average; "InvoiceTriageAgent" or "agents/invoice-bot" into 4 or more.
    private static final double WORDY_AVERAGE_PIECE_LENGTH = 3.0;

    private RandomTokenHeuristic() {
    }

    static boolean looksRandom(String token) {
        return token.length() >= MIN_LENGTH
                && characterClasses(token) >= MIN_CHARACTER_CLASSES
                && shannonEntropy(token) >= MIN_ENTROPY_BITS_PER_CHAR
                && !madeOfWords(token);
    }

    /// How many of upper case, lower case, digits and symbols occur.
    static int characterClasses(String token) {
        return characterClasses(token, 0, token.length());
    }

    /// As {@link #characterClasses(String)} for the characters `from` (inclusive) to `to` (exclusive).
    static int characterClasses(String token, int from, int to) {
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }

    /// Shannon entropy in bits per character of the character distribution within the text itself.
    static double shannonEntropy(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int others = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                others++;
            }
        }
        double entropy = 0;
        for (int count : counts) {
            entropy += term(count, text.length());
        }
        return entropy + term(others, text.length());
    }

    /// True for runs such as "agents/invoice-bot", "InvoiceTriageAgentProd2024" or "INVOICE_AGENT_ROLE_2024".
    static boolean madeOfWords(String token) {
        return separatedWords(token) || longLetterPieces(token);
    }

    /// Identifiers joined by separators (runs of `-_/+=.`), where every part is a plain word, a number or a
    /// short abbreviation. Random base64url text that happens to contain '-' or '_' has mixed letters and
    /// digits between them. Parts are counted as `String.split` on `[-_/+=.]+` counts them: a leading
    /// separator makes an empty first part, trailing ones make none.
    private static boolean separatedWords(String token) {
        int parts = 0;
        int i = 0;
        int n = token.length();
        while (i < n) {
            int start = i;
            while (i < n && !isSeparator(token.charAt(i))) {
                i++;
            }
            int end = i;
            while (i < n && isSeparator(token.charAt(i))) {
                i++;
            }
            if (!plainPart(token, start, end)) {
                return false;
            }
            parts++;
        }
        return parts >= 3;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '/' || c == '+' || c == '=' || c == '.';
    }

    /// All letters (or empty), all digits, or one to three letters and digits.
    private static boolean plainPart(String token, int from, int to) {
        boolean letters = true;
        boolean digits = to > from;
        for (int i = from; i < to; i++) {
            char c = token.charAt(i);
            boolean letter = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (!letter && !digit) {
                return false;
            }
            letters &= letter;
            digits &= digit;
        }
        return letters || digits || to - from <= 3;
    }

    /// Letter pieces as a person reads them: a capitalised word, a lower-case run, or a single upper-case
    /// letter (what `[A-Z]?[a-z]+|[A-Z]` finds, one piece after another).
    private static boolean longLetterPieces(String token) {
        int pieceCount = 0;
        int letters = 0;
        int i = 0;
        int n = token.length();
        while (i < n) {
            char c = token.charAt(i);
            int start = i;
            if (c >= 'A' && c <= 'Z') {
                i++;
            } else if (!(c >= 'a' && c <= 'z')) {
                i++;
                continue;
            }
            while (i < n && token.charAt(i) >= 'a' && token.charAt(i) <= 'z') {
                i++;
            }
            pieceCount++;
            letters += i - start;
        }
        return pieceCount > 0 && (double) letters / pieceCount >= WORDY_AVERAGE_PIECE_LENGTH;
    }

    private static double term(int count, int total) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / total;
        return -p * (Math.log(p) / Math.log(2));
    }
}
