package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/// Reads the TOML that configuration files use into a JSON tree, so one reader serves every client: tables
/// (`[a.b]`, quoted keys), arrays of tables (`[[a]]`), dotted keys, basic and literal strings (also multi-line),
/// integers, floats, booleans, dates (kept as text), arrays and inline tables. Not a validating TOML parser:
/// it accepts some files TOML forbids (redefined tables), which is harmless for reading names.
///
/// One pass, no regular expressions, no backtracking: every character is read once. Errors name the line and
/// column, never the text found there.
final class TomlSubset {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 64;

    private final String file;
    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;

    private TomlSubset(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static ObjectNode parse(String file, String text) {
        return new TomlSubset(file, text).document();
    }

    private ObjectNode document() {
        ObjectNode root = NODES.objectNode();
        ObjectNode current = root;
        while (true) {
            skipBlankLinesAndComments();
            if (pos >= text.length()) {
                return root;
            }
            char c = text.charAt(pos);
            if (c == '[') {
                boolean arrayOfTables = pos + 1 < text.length() && text.charAt(pos + 1) == '[';
                pos += arrayOfTables ? 2 : 1;
                java.util.List<String> keys = keyPath();
                expect(']');
                if (arrayOfTables) {
                    expect(']');
                }
                current = arrayOfTables ? appendTable(root, keys) : table(root, keys);
            } else {
                java.util.List<String> keys = keyPath();
                expect('=');
                ObjectNode parent = table(current, keys.subList(0, keys.size() - 1));
                parent.set(keys.getLast(), value(0));
            }
            endOfLine();
        }
    }

    private ObjectNode table(ObjectNode from, java.util.List<String> keys) {
        ObjectNode node = from;
        for (String key : keys) {
            JsonNode child = node.get(key);
            if (child instanceof ArrayNode array && !array.isEmpty() && array.get(array.size() - 1).isObject()) {
                node = (ObjectNode) array.get(array.size() - 1);
            } else if (child instanceof ObjectNode object) {
                node = object;
            } else if (child == null) {
                node = node.putObject(key);
            } else {
                throw error("the key \"" + key + "\" already holds a value, not a table");
            }
        }
        return node;
    }

    private ObjectNode appendTable(ObjectNode root, java.util.List<String> keys) {
        ObjectNode parent = table(root, keys.subList(0, keys.size() - 1));
        JsonNode existing = parent.get(keys.getLast());
        ArrayNode array = existing instanceof ArrayNode a ? a : parent.putArray(keys.getLast());
        return array.addObject();
    }

    private java.util.List<String> keyPath() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        while (true) {
            skipSpaces();
            keys.add(key());
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '.') {
                pos++;
            } else {
                return keys;
            }
        }
    }

    private String key() {
        if (pos >= text.length()) {
            throw error("a key is missing");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return string();
        }
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            throw error("a key is missing");
        }
        return text.substring(start, pos);
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private JsonNode value(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("values are nested more than " + MAX_DEPTH + " deep");
        }
        skipSpaces();
        if (pos >= text.length()) {
            throw error("a value is missing");
        }
        char c = text.charAt(pos);
        if (c == '"' || c == '\'') {
            return NODES.textNode(string());
        }
        if (c == '[') {
            return array(depth);
        }
        if (c == '{') {
            return inlineTable(depth);
        }
        int start = pos;
        while (pos < text.length() && isScalarChar(text.charAt(pos))) {
            pos++;
        }
        String scalar = text.substring(start, pos);
        return switch (scalar) {
            case "" -> throw error("a value is missing");
            case "true" -> NODES.booleanNode(true);
            case "false" -> NODES.booleanNode(false);
            default -> number(scalar);
        };
    }

    private static boolean isScalarChar(char c) {
        return isBareKeyChar(c) || c == '.' || c == '+' || c == ':';
    }

    /// Integers and floats as numbers; dates and times (digits with '-' and ':') as text.
    private JsonNode number(String scalar) {
        String digits = scalar.replace("_", "");
        try {
            return NODES.numberNode(Long.parseLong(digits));
        } catch (NumberFormatException notInteger) {
            try {
                return NODES.numberNode(Double.parseDouble(digits));
            } catch (NumberFormatException notFloat) {
                if (scalar.length() >= 4 && Character.isDigit(scalar.charAt(0))) {
                    return NODES.textNode(scalar);
                }
                throw error("this value is neither text, a number, true/false, an array nor a table");
            }
        }
    }

    private ArrayNode array(int depth) {
        pos++;
        ArrayNode array = NODES.arrayNode();
        while (true) {
            skipWhitespaceCommentsAndNewlines();
            if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return array;
            }
            array.add(value(depth + 1));
            skipWhitespaceCommentsAndNewlines();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == ']') {
                pos++;
                return array;
            } else {
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private ObjectNode inlineTable(int depth) {
        pos++;
        ObjectNode table = NODES.objectNode();
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return table;
        }
        while (true) {
            java.util.List<String> keys = keyPath();
            expect('=');
            table(table, keys.subList(0, keys.size() - 1)).set(keys.getLast(), value(depth + 1));
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
            } else if (pos < text.length() && text.charAt(pos) == '}') {
                pos++;
                return table;
            } else {
                throw error("expected ',' or '}' in an inline table");
            }
        }
    }

    /// A basic ("..." with escapes) or literal ('...') string, single- or multi-line.
    private String string() {
        char quote = text.charAt(pos);
        boolean multiLine = text.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += multiLine ? 3 : 1;
        if (multiLine && pos < text.length() && text.charAt(pos) == '\n') {
            newLine();
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(pos);
            if (c == quote && (!multiLine || text.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += multiLine ? 3 : 1;
                return value.toString();
            }
            if (c == '\n') {
                if (!multiLine) {
                    throw error("a string is not closed on its line");
                }
                newLine();
                value.append('\n');
                continue;
            }
            if (c == '\\' && quote == '"') {
                pos++;
                escape(value, multiLine);
                continue;
            }
            value.append(c);
            pos++;
        }
    }

    private void escape(StringBuilder value, boolean multiLine) {
        if (pos >= text.length()) {
            throw error("a string is not closed");
        }
        char c = text.charAt(pos++);
        switch (c) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case '"' -> value.append('"');
            case '\\' -> value.append('\\');
            case 'u', 'U' -> {
                int length = c == 'u' ? 4 : 8;
                if (pos + length > text.length()) {
                    throw error("an unfinished \\" + c + " escape");
                }
                try {
                    value.appendCodePoint(Integer.parseInt(text.substring(pos, pos + length), 16));
                } catch (IllegalArgumentException e) {
                    throw error("an invalid \\" + c + " escape");
                }
                pos += length;
            }
            case '\n', ' ', '\t', '\r' -> {
                if (!multiLine) {
                    throw error("an invalid escape");
                }
                // A line-ending backslash trims the newline and the whitespace after it.
                pos--;
                while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                    if (text.charAt(pos) == '\n') {
                        newLine();
                    } else {
                        pos++;
                    }
                }
            }
            default -> throw error("an invalid escape \\" + c);
        }
    }

    private void expect(char c) {
        skipSpaces();
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private void endOfLine() {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == '#') {
            skipComment();
        }
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length()) {
            if (text.charAt(pos) != '\n') {
                throw error("unexpected text after a value");
            }
            newLine();
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private void skipComment() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    private void skipBlankLinesAndComments() {
        skipWhitespaceCommentsAndNewlines();
    }

    private void skipWhitespaceCommentsAndNewlines() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '\n') {
                newLine();
            } else if (c == '#') {
                skipComment();
            } else {
                return;
            }
        }
    }

    private void newLine() {
        pos++;
        line++;
        lineStart = pos;
    }

    private DiscoveryInputException error(String problem) {
        return new DiscoveryInputException(file, "line " + line + ", column " + (pos - lineStart + 1), problem);
    }
}
