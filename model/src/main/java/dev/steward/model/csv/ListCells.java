package dev.steward.model.csv;

import java.util.ArrayList;
import java.util.List;

/// Lists inside one cell: items separated by `;`, parts of an item by `|`.
///
/// A backslash escapes the next `\`, `;` or `|`, so any name round-trips; a backslash before any other
/// character is kept as typed (Windows paths need no escaping). Items that are blank are skipped, so a
/// trailing `;` is harmless.
final class ListCells {
    static final char ITEM = ';';
    static final char PART = '|';
    private static final char ESCAPE = '\\';

    private ListCells() {
    }

    static String joinItems(List<String> items) {
        return String.join(String.valueOf(ITEM), items);
    }

    /// One item made of parts, each escaped.
    static String joinParts(String... parts) {
        List<String> escaped = new ArrayList<>(parts.length);
        for (String part : parts) {
            escaped.add(escape(part == null ? "" : part));
        }
        return String.join(String.valueOf(PART), escaped);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == ITEM || c == PART) {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }

    /// The non-blank items of a cell, each split into unescaped parts.
    static List<List<String>> items(String cell) {
        List<List<String>> items = new ArrayList<>();
        for (String item : split(cell, ITEM)) {
            if (!item.isBlank()) {
                items.add(split(item, PART).stream().map(ListCells::unescape).toList());
            }
        }
        return items;
    }

    /// Splits on unescaped `separator`, keeping escapes in the pieces.
    private static List<String> split(String text, char separator) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length()) {
                i++;
            } else if (c == separator) {
                pieces.add(text.substring(start, i));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE && i + 1 < text.length() && isEscapable(text.charAt(i + 1))) {
                c = text.charAt(++i);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isEscapable(char c) {
        return c == ESCAPE || c == ITEM || c == PART;
    }
}
