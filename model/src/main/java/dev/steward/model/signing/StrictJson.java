package dev.steward.model.signing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/// Strict reading of signed JSON: a member that the layout does not know is refused, never skipped, because
/// what a reader skips is also what nobody checks. Paths are written as `$.signature.note` (or
/// `$.answers["odd name"]`), the form the other input errors use.
public final class StrictJson {
    /// More than this many unknown members are summarised; a hostile file must not make a million messages.
    public static final int MAX_REPORTED = 20;

    private StrictJson() {
    }

    /// The path of member `name` below `path`.
    public static String member(String path, String name) {
        boolean plain = !name.isEmpty() && (Character.isLetter(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = Character.isLetterOrDigit(c) || c == '_';
        }
        if (plain) {
            return path + "." + name;
        }
        StringBuilder quoted = new StringBuilder(path).append('[');
        CanonicalJson.appendStringOrNull(quoted, name);
        return quoted.append(']').toString();
    }

    /// The members of object `node` at `path` that are not in `known`, as messages naming member and path.
    public static List<String> unknownMembers(JsonNode node, Collection<String> known, String path) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!known.contains(e.getKey())) {
                found.add(unknown(path, e.getKey()));
            }
        }
        return found;
    }

    /// Every member of `actual` that the same place in `known` lacks, at any depth: objects member by member,
    /// arrays element by element. `known` is what a strict reader makes of `actual` written back out, so
    /// anything the reader dropped shows up here.
    public static List<String> unknownMembers(JsonNode actual, JsonNode known, String path) {
        List<String> found = new ArrayList<>();
        walk(actual, known, path, found);
        return found;
    }

    private static void walk(JsonNode actual, JsonNode known, String path, List<String> found) {
        if (actual.isObject() && known != null && known.isObject()) {
            for (Map.Entry<String, JsonNode> e : actual.properties()) {
                JsonNode twin = known.get(e.getKey());
                if (twin == null) {
                    found.add(unknown(path, e.getKey()));
                } else {
                    walk(e.getValue(), twin, member(path, e.getKey()), found);
                }
            }
        } else if (actual.isArray() && known != null && known.isArray()) {
            for (int i = 0; i < actual.size(); i++) {
                walk(actual.get(i), known.get(i), path + "[" + i + "]", found);
            }
        }
    }

    private static String unknown(String path, String name) {
        StringBuilder text = new StringBuilder("unknown member ");
        CanonicalJson.appendStringOrNull(text, name);
        return text.append(" at ").append(member(path, name)).toString();
    }

    /// `found` cut to {@link #MAX_REPORTED}, with a last line saying how many more there were.
    public static List<String> capped(List<String> found) {
        if (found.size() <= MAX_REPORTED) {
            return found;
        }
        List<String> some = new ArrayList<>(found.subList(0, MAX_REPORTED));
        some.add("and " + (found.size() - MAX_REPORTED) + " more unknown members");
        return some;
    }

    /// The text member `name` of `node`, which must be present and a string.
    ///
    /// @throws IllegalArgumentException naming the member's path otherwise
    public static String text(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(member(path, name) + " must be a string but is "
                    + (value == null ? "absent" : value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return value.textValue();
    }

    /// The object `node` with exactly the members `known` (no more; missing ones are for the caller's reads).
    ///
    /// @throws IllegalArgumentException naming the first unknown member, or when `node` is not an object
    public static JsonNode requireKnownMembers(JsonNode node, Collection<String> known, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + " must be an object but is "
                    + (node == null ? "absent" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
        }
        List<String> unknown = unknownMembers(node, known, path);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", capped(unknown)));
        }
        return node;
    }
}
