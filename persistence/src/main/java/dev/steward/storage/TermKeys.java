package dev.steward.storage;

import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/// How the quick-search terms are stored (db/migration V22): one row per integration and term prefix, keyed by
/// a single number, so the row is its own key.
///
/// A term table keyed by (term, integration) is stored twice on H2: once as rows under a hidden row number
/// and once as the key's index, about a third of a register's file at a million integrations. Here the key is
/// `prefix << 36 | integration id`, where the prefix is the term's first {@value #PREFIX} characters written
/// as a number that sorts as the characters do (digits, then letters a to z; any other character as one
/// value after z; a short term padded with a value before every character). The row also holds the words it
/// stands for (usually one; all of the integration's words with that prefix, separated by spaces), so a
/// search for a longer or non-Latin token walks the key range of its prefix and checks the words.
public final class TermKeys {
    /// Bits of the key that hold the integration id: ids up to about 68.7 billion.
    static final int ID_BITS = 36;
    static final long ID_MASK = (1L << ID_BITS) - 1;
    /// Characters of a term the key sorts by.
    static final int PREFIX = 5;
    /// Values per character: 0 past the end of the term, 1-10 digits, 11-36 letters, 37 anything else.
    private static final int RADIX = 38;
    private static final int OTHER = RADIX - 1;

    private TermKeys() {
    }

    /// The keys whose terms may begin with a token, `from` to `to` inclusive; `exact` when every one of them
    /// does, so the words need not be checked.
    public record Range(long from, long to, boolean exact) {
    }

    /// The key of an integration's term.
    ///
    /// @throws IllegalArgumentException for an id that does not fit the key's {@value #ID_BITS} bits
    static long key(String term, long integrationId) {
        if (integrationId < 0 || integrationId > ID_MASK) {
            throw new IllegalArgumentException("Integration id " + integrationId + " is beyond the quick-search "
                    + "index's range (0 to " + ID_MASK + ").");
        }
        long prefix = 0;
        for (int i = 0; i < PREFIX; i++) {
            prefix = prefix * RADIX + (i < term.length() ? code(term.charAt(i)) : 0);
        }
        return prefix << ID_BITS | integrationId;
    }

    /// The integration a key belongs to.
    static long integrationId(long key) {
        return key & ID_MASK;
    }

    /// The rows of one integration's terms in key order: key to its words, sorted and separated by single spaces.
    public static SortedMap<Long, String> rows(long integrationId, Collection<String> terms) {
        Map<Long, TreeSet<String>> grouped = new TreeMap<>();
        for (String term : terms) {
            grouped.computeIfAbsent(key(term, integrationId), k -> new TreeSet<>()).add(term);
        }
        SortedMap<Long, String> rows = new TreeMap<>();
        grouped.forEach((key, words) -> rows.put(key, String.join(" ", words)));
        return rows;
    }

    /// The keys of the terms that may begin with `token` (a normalised token, {@link SearchTerms#tokens}).
    /// The prefix is exact up to the token's end or its first character outside digits and a to z,
    /// whichever comes first; the rest of the key's characters run over every value.
    public static Range range(String token) {
        long low = 0;
        long high = 0;
        boolean exact = token.length() <= PREFIX;
        boolean open = false;
        for (int i = 0; i < PREFIX; i++) {
            if (open || i >= token.length()) {
                low = low * RADIX;
                high = high * RADIX + OTHER;
                open = true;
                continue;
            }
            int code = code(token.charAt(i));
            low = low * RADIX + code;
            high = high * RADIX + code;
            if (code == OTHER) {
                exact = false;
                open = true;
            }
        }
        return new Range(low << ID_BITS, high << ID_BITS | ID_MASK, exact);
    }

    private static int code(char c) {
        if (c >= '0' && c <= '9') {
            return 1 + (c - '0');
        }
        if (c >= 'a' && c <= 'z') {
            return 11 + (c - 'a');
        }
        return OTHER;
    }
}
