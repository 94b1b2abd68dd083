package dev.steward.storage;

import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.ToolAccess;

import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// The words the quick search finds an integration by (table {@code integration_search_term}, V6), and the
/// same splitting for what the user types, so that both sides agree.
///
/// Text is normalised (NFKC, so that composed and decomposed "ë", or full-width and ordinary letters, give the
/// same word), lower-cased with {@link Locale#ROOT} and split at every character that is neither a letter, a
/// digit nor a combining mark; each word is cut to {@link #MAX_LENGTH} characters (never inside a surrogate
/// pair). "Finance-Ledger-Bot v2" gives {@code finance}, {@code ledger}, {@code bot}, {@code v2}; "東京" stays
/// one word, since scripts without spaces are not split into words.
public final class SearchTerms {
    /// The longest stored term, in UTF-16 characters (the column is VARCHAR(64)).
    public static final int MAX_LENGTH = 64;

    /// Raised whenever the splitting changes: a register whose terms were written by another version gets
    /// them rebuilt on open ({@link SearchTermIndex#rebuildIfOutdated}).
    public static final int VERSION = 1;

    private SearchTerms() {
    }

    /// The distinct words of `text` in the order they first occur; empty for {@code null} or blank text.
    public static List<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        addTokens(text, out);
        return List.copyOf(out);
    }

    /// The distinct words an integration is found by: those of its name, purpose, vendor, tool names and
    /// data-access systems.
    public static Set<String> of(Integration integration) {
        return of(integration.name(), integration.purpose(), integration.vendor(),
                integration.tools().stream().map(ToolAccess::name).toList(),
                integration.dataAccess().stream().map(DataAccess::system).toList());
    }

    /// The same as {@link #of(Integration)} from the raw values (for writers that hold no {@link Integration}).
    public static Set<String> of(String name, String purpose, String vendor, Collection<String> toolNames,
                                 Collection<String> systems) {
        Set<String> out = new LinkedHashSet<>();
        addTokens(name, out);
        addTokens(purpose, out);
        addTokens(vendor, out);
        toolNames.forEach(tool -> addTokens(tool, out));
        systems.forEach(system -> addTokens(system, out));
        return out;
    }

    private static void addTokens(String text, Set<String> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i < normal.length(); ) {
            int cp = normal.codePointAt(i);
            if (isWordCharacter(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(cut(normal.substring(start, i)));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(cut(normal.substring(start)));
        }
    }

    private static boolean isWordCharacter(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /// The first {@link #MAX_LENGTH} characters, one fewer when the last would be half a surrogate pair.
    static String cut(String word) {
        if (word.length() <= MAX_LENGTH) {
            return word;
        }
        int end = Character.isHighSurrogate(word.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return word.substring(0, end);
    }
}
