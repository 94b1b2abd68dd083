package dev.steward.model.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.signing.StrictJson;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// What a closed campaign's completion report says: the campaign, and every item with its decision, the decider
/// and the account that decided, the time and the justification. This JSON is what the manager signs; the CSV
/// and PDF are renderings of it.
///
/// JSON ({@link #toJsonTree()}), every member required, no others: `{"format":"steward-campaign-report/1",
/// "campaignId":N,"name":"…","scope":"…","due":"YYYY-MM-DD","recurrence":"…","manager":"…","createdAt":"…",
/// "closedAt":"…","items":[{"integrationId":N,"integration":"…","decision":"…","decider":"…","decidedBy":"…",
/// "decidedAt":"…","justification":"…"}]}`.
public record CampaignReport(long campaignId, String name, String scope, LocalDate due, Recurrence recurrence,
                             String manager, Instant createdAt, Instant closedAt, List<Row> items) {
    public static final String FORMAT = "steward-campaign-report/1";
    static final List<String> MEMBERS = List.of("format", "campaignId", "name", "scope", "due", "recurrence",
            "manager", "createdAt", "closedAt", "items");
    static final List<String> ITEM_MEMBERS = List.of("integrationId", "integration", "decision", "decider",
            "decidedBy", "decidedAt", "justification");

    /// One decided item.
    ///
    /// @param decider   the name of the person who was to decide ("" when the manager held it)
    /// @param decidedBy the account that recorded the decision
    public record Row(long integrationId, String integration, Decision decision, String decider, String decidedBy,
                      Instant decidedAt, String justification) {
        public Row {
            Objects.requireNonNull(integration, "integration");
            Objects.requireNonNull(decision, "decision");
            decider = decider == null ? "" : decider;
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
            Objects.requireNonNull(justification, "justification");
        }
    }

    public CampaignReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(closedAt, "closedAt");
        items = List.copyOf(items);
    }

    public int count(Decision decision) {
        return (int) items.stream().filter(r -> r.decision() == decision).count();
    }

    public ObjectNode toJsonTree() {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("format", FORMAT).put("campaignId", campaignId)
                .put("name", name).put("scope", scope).put("due", due.toString())
                .put("recurrence", recurrence.name()).put("manager", manager).put("createdAt", createdAt.toString())
                .put("closedAt", closedAt.toString());
        ArrayNode rows = root.putArray("items");
        for (Row r : items) {
            rows.addObject().put("integrationId", r.integrationId()).put("integration", r.integration())
                    .put("decision", r.decision().name()).put("decider", r.decider()).put("decidedBy", r.decidedBy())
                    .put("decidedAt", r.decidedAt().toString()).put("justification", r.justification());
        }
        return root;
    }

    /// Reads a report strictly: every member present with its type, none other.
    ///
    /// @param path where `node` sits, for messages (e.g. `$.report`)
    /// @throws IllegalArgumentException naming the member and its path
    public static CampaignReport fromJson(JsonNode node, String path) {
        StrictJson.requireKnownMembers(node, MEMBERS, path);
        String format = StrictJson.text(node, "format", path);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(StrictJson.member(path, "format") + " is \"" + format
                    + "\", expected \"" + FORMAT + "\"");
        }
        JsonNode items = node.get("items");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException(StrictJson.member(path, "items") + " must be an array");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + ".items[" + i + "]";
            JsonNode item = StrictJson.requireKnownMembers(items.get(i), ITEM_MEMBERS, at);
            rows.add(new Row(number(item, "integrationId", at), StrictJson.text(item, "integration", at),
                    parse(() -> Decision.valueOf(StrictJson.text(item, "decision", at)), at, "decision"),
                    StrictJson.text(item, "decider", at), StrictJson.text(item, "decidedBy", at),
                    parse(() -> Instant.parse(StrictJson.text(item, "decidedAt", at)), at, "decidedAt"),
                    StrictJson.text(item, "justification", at)));
        }
        return new CampaignReport(number(node, "campaignId", path), StrictJson.text(node, "name", path),
                StrictJson.text(node, "scope", path),
                parse(() -> LocalDate.parse(StrictJson.text(node, "due", path)), path, "due"),
                parse(() -> Recurrence.valueOf(StrictJson.text(node, "recurrence", path)), path, "recurrence"),
                StrictJson.text(node, "manager", path),
                parse(() -> Instant.parse(StrictJson.text(node, "createdAt", path)), path, "createdAt"),
                parse(() -> Instant.parse(StrictJson.text(node, "closedAt", path)), path, "closedAt"), rows);
    }

    private static long number(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(StrictJson.member(path, name) + " must be a whole number but is "
                    + (value == null ? "absent" : value));
        }
        return value.longValue();
    }

    private static <T> T parse(java.util.function.Supplier<T> reading, String path, String name) {
        try {
            return reading.get();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(StrictJson.member(path, name))) {
                throw e;
            }
            throw new IllegalArgumentException(StrictJson.member(path, name) + " is not readable: " + e.getMessage());
        }
    }
}
