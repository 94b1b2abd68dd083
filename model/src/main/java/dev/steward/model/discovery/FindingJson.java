package dev.steward.model.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/// A finding, and the changes a run found, as stored JSON (and as `steward discover --format json` prints them).
public final class FindingJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FindingJson() {
    }

    public static ObjectNode toNode(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("key", f.key()).put("name", f.name()).put("vendor", f.vendor()).put("kind", f.kind().name());
        ArrayNode tools = node.putArray("tools");
        f.tools().forEach(t -> tools.addObject().put("name", t.name()).put("type", t.type().name()));
        ArrayNode data = node.putArray("dataAccess");
        f.dataAccess().forEach(d -> data.addObject().put("system", d.system()).put("level", d.level().name()));
        ArrayNode credentials = node.putArray("credentials");
        f.credentials().forEach(c -> credentials.addObject().put("label", c.label()).put("type", c.type().name())
                .put("storedIn", c.storedIn().name()).put("lifetime", c.lifetime() == null ? null : c.lifetime().toString()));
        strings(node.putArray("owners"), f.ownerEmails());
        strings(node.putArray("sponsors"), f.sponsorEmails());
        strings(node.putArray("notes"), f.notes());
        ArrayNode sources = node.putArray("sources");
        f.sources().forEach(s -> sources.addObject().put("source", s.source().name()).put("file", s.file())
                .put("location", s.location()));
        return node;
    }

    public static String write(Finding f) {
        return text(toNode(f));
    }

    public static Finding read(String json) {
        JsonNode n = tree(json);
        return new Finding(n.get("key").asText(), n.get("name").asText(),
                n.get("vendor").isNull() ? null : n.get("vendor").asText(), IntegrationKind.valueOf(n.get("kind").asText()),
                list(n.get("tools"), t -> new ToolAccess(t.get("name").asText(), ToolType.valueOf(t.get("type").asText()))),
                list(n.get("dataAccess"), d -> new DataAccess(d.get("system").asText(),
                        AccessLevel.valueOf(d.get("level").asText()))),
                list(n.get("credentials"), c -> new Credential(c.get("label").asText(),
                        CredentialType.valueOf(c.get("type").asText()), SecretStorage.valueOf(c.get("storedIn").asText()),
                        c.get("lifetime").isNull() ? null : Duration.parse(c.get("lifetime").asText()), null, null)),
                list(n.get("owners"), JsonNode::asText), list(n.get("sponsors"), JsonNode::asText),
                list(n.get("notes"), JsonNode::asText),
                list(n.get("sources"), s -> new SourceRef(DiscoverySource.valueOf(s.get("source").asText()),
                        s.get("file").asText(), s.get("location").asText())), null);
    }

    public static ArrayNode changesNode(List<FindingChange> changes) {
        ArrayNode array = MAPPER.createArrayNode();
        changes.forEach(c -> array.addObject().put("kind", c.kind().name()).put("detail", c.detail())
                .put("material", c.material()));
        return array;
    }

    public static String writeChanges(List<FindingChange> changes) {
        return changes.isEmpty() ? null : text(changesNode(changes));
    }

    public static List<FindingChange> readChanges(String json) {
        return json == null ? List.of() : list(tree(json), c -> new FindingChange(
                FindingChange.Kind.valueOf(c.get("kind").asText()), c.get("detail").asText(), c.get("material").asBoolean()));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(n -> items.add(item.apply(n)));
        return items;
    }

    public static String text(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a finding as JSON", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored finding is not readable JSON", e);
        }
    }
}
