package dev.steward.model.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// Deterministic JSON text of a Jackson tree, in the spirit of RFC 8785 (JCS): object members sorted by
/// their names' UTF-16 code units, no insignificant whitespace, strings with only the escapes JSON
/// requires (non-ASCII stays literal), UTF-8 bytes.
///
/// It is what gets hashed and signed, so the same content must give the same bytes on any machine and
/// after any number of parse/print round trips. Numbers deviate from JCS on purpose: integers and
/// decimals are written as parsed (read them with {@link #parse}, which keeps `1.50` as `1.50`), because
/// Steward never signs binary floating point and an auditor should see the digits that were written.
/// Doubles that do reach it are printed in ECMAScript form as JCS asks.
public final class CanonicalJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private CanonicalJson() {
    }

    /// A mapper that keeps numbers exactly as written; use it for every tree that will be canonicalised.
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /// Parses JSON text, keeping decimals as written.
    public static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder();
        append(out, node);
        return out.toString();
    }

    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT -> appendObject(out, node);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    append(out, node.get(i));
                }
                out.append(']');
            }
            case STRING -> appendString(out, node.textValue());
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("cannot canonicalise a " + node.getNodeType() + " node");
        }
    }

    private static void appendObject(StringBuilder out, JsonNode node) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 prescribes.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, members.get(i).getKey());
            out.append(':');
            append(out, members.get(i).getValue());
        }
        out.append('}');
    }

    /// Appends {@code text} as a canonical JSON string, or {@code null}; for encoders that build canonical JSON
    /// of a fixed shape directly, without a tree (the audit ledger hashes a million of them).
    public static void appendStringOrNull(StringBuilder out, String text) {
        if (text == null) {
            out.append("null");
        } else {
            appendString(out, text);
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static String number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isBigDecimal()) {
            return node.decimalValue().toString();
        }
        return ecmaScript(node.doubleValue());
    }

    /// ECMAScript Number::toString, which JCS uses: Java 19+ `Double.toString` already yields the
    /// shortest round-tripping digits, so only the layout differs.
    static String ecmaScript(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for " + value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        if (magnitude >= 1e-6 && magnitude < 1e21) {
            return exact.toPlainString();
        }
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - exact.scale();
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return (value < 0 ? "-" : "") + mantissa + "e" + (exponent >= 0 ? "+" : "-") + Math.abs(exponent);
    }
}
