package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.signing.StrictJson;

import java.util.ArrayList;
import java.util.List;

/// Typed reads of one JSON member, failing with the file, the member's JSON path and what was expected. Absent
/// and `null` members read as absent; members a reader does not know are ignored (these files hold much else).
final class JsonFields {
    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    static String path(String parent, String member) {
        return StrictJson.member(parent, member);
    }

    DiscoveryInputException error(String path, String problem) {
        return new DiscoveryInputException(file, path, problem);
    }

    /// The member as text, or `null` when absent.
    String text(JsonNode node, String member, String path) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(path(path, member), "must be text, found " + describe(value));
        }
        return value.textValue();
    }

    /// The member as text, failing when it is absent or blank.
    String requiredText(JsonNode node, String member, String path) {
        String value = text(node, member, path);
        if (value == null || value.isBlank()) {
            throw error(path(path, member), "is required");
        }
        return value;
    }

    /// A JSON number or a numeric string as text (ids such as GitHub's `app_id`), or `null`.
    String id(JsonNode node, String member, String path) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() || value.isTextual()) {
            return value.asText();
        }
        throw error(path(path, member), "must be a number or text, found " + describe(value));
    }

    boolean flag(JsonNode node, String member, String path) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw error(path(path, member), "must be true or false, found " + describe(value));
        }
        return value.booleanValue();
    }

    /// The member as an object, or `null` when absent.
    JsonNode object(JsonNode node, String member, String path) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw error(path(path, member), "must be an object, found " + describe(value));
        }
        return value;
    }

    /// The member as an array, or an empty one when absent.
    JsonNode array(JsonNode node, String member, String path) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            throw error(path(path, member), "must be an array, found " + describe(value));
        }
        return value;
    }

    /// The member as an array of text.
    List<String> texts(JsonNode node, String member, String path) {
        JsonNode array = array(node, member, path);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            if (!item.isTextual()) {
                throw error(path(path, member) + "[" + i + "]", "must be text, found " + describe(item));
            }
            values.add(item.textValue());
        }
        return values;
    }

    /// Each object of array member `member` of `node`, with its JSON path (`$.value[0].owners[2]`); an element
    /// that is not an object fails with its path.
    void eachObject(JsonNode node, String member, String path, java.util.function.BiConsumer<JsonNode, String> visit) {
        JsonNode array = array(node, member, path);
        String arrayPath = path(path, member);
        for (int i = 0; i < array.size(); i++) {
            visit.accept(element(array, i, arrayPath), arrayPath + "[" + i + "]");
        }
    }

    /// An array element that must be an object.
    JsonNode element(JsonNode array, int index, String path) {
        JsonNode item = array.get(index);
        if (!item.isObject()) {
            throw error(path + "[" + index + "]", "must be an object, found " + describe(item));
        }
        return item;
    }

    /// What sort of JSON value it is, never the value itself (it may be a secret).
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "text";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isArray()) {
            return "an array";
        }
        if (value.isObject()) {
            return "an object";
        }
        return "null";
    }
}
