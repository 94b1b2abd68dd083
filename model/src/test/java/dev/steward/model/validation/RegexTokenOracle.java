package dev.steward.model.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The regular expressions {@link RandomTokenHeuristic} used before it became a hand-written scanner, kept
/// as the reference the scanner must agree with (see {@link SecretDetectorEquivalenceTest}).
final class RegexTokenOracle {
    static final int MIN_LENGTH = RandomTokenHeuristic.MIN_LENGTH;
    private static final Pattern LETTER_PIECE = Pattern.compile("[A-Z]?[a-z]+|[A-Z]");
    private static final Pattern SEPARATOR = Pattern.compile("[-_/+=.]+");
    private static final Pattern PLAIN_PART = Pattern.compile("[A-Za-z]*|[0-9]+|[A-Za-z0-9]{1,3}");

    private RegexTokenOracle() {
    }

    static boolean looksRandom(String token) {
        return token.length() >= MIN_LENGTH
                && characterClasses(token) >= RandomTokenHeuristic.MIN_CHARACTER_CLASSES
                && RandomTokenHeuristic.shannonEntropy(token) >= RandomTokenHeuristic.MIN_ENTROPY_BITS_PER_CHAR
                && !madeOfWords(token);
    }

    static int characterClasses(String token) {
        return RandomTokenHeuristic.characterClasses(token);
    }

    static boolean madeOfWords(String token) {
        String[] parts = SEPARATOR.split(token);
        boolean separated = parts.length >= 3;
        for (String part : parts) {
            separated &= PLAIN_PART.matcher(part).matches();
        }
        Matcher pieces = LETTER_PIECE.matcher(token);
        int pieceCount = 0;
        int letters = 0;
        while (pieces.find()) {
            pieceCount++;
            letters += pieces.end() - pieces.start();
        }
        return separated || pieceCount > 0 && (double) letters / pieceCount >= 3.0;
    }
}
