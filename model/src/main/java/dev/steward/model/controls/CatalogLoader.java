package dev.steward.model.controls;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.RiskTier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/// Reads `controls.json` and resolves every mapping against the facts, so a framework ID that is
/// not in `catalog-facts.json` stops the catalog from loading instead of reaching a screen.
final class CatalogLoader {
    /// The JSON document shape.
    record Document(String version, List<ControlEntry> controls) {
    }

    record ControlEntry(String code, String title, String description, String appliesFrom, List<MappingEntry> mappings) {
    }

    record MappingEntry(String framework, String id) {
    }

    // Unknown properties stay fatal (Jackson's default): a misspelt "mapings" must not silently drop mappings.
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogLoader() {
    }

    /// Controls in {@link ControlId} order. Entries are checked one by one before completeness,
    /// so the first bad mapping is the one reported.
    static Map<ControlId, Control> load(InputStream json, FrameworkFacts facts) {
        Document document;
        try {
            document = MAPPER.readValue(json, Document.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read control catalog: " + e.getMessage(), e);
        }
        require(document.controls() != null && !document.controls().isEmpty(), "the control catalog lists no controls");
        Map<ControlId, Control> controls = new EnumMap<>(ControlId.class);
        for (ControlEntry entry : document.controls()) {
            Control control = toControl(entry, facts);
            require(controls.put(control.id(), control) == null, "control " + entry.code() + " is listed twice");
        }
        List<String> missing = Arrays.stream(ControlId.values()).filter(id -> !controls.containsKey(id))
                .map(ControlId::code).toList();
        require(missing.isEmpty(), "the control catalog has no entry for " + String.join(", ", missing));
        return controls;
    }

    private static Control toControl(ControlEntry entry, FrameworkFacts facts) {
        ControlId id = ControlId.fromCode(entry.code())
                .orElseThrow(() -> new IllegalStateException("control catalog: unknown control code " + entry.code()));
        // The enum is the source of truth for titles (the classification engine uses it); the JSON
        // repeats the title only so the file reads on its own, and must not drift from it.
        require(id.title().equals(entry.title()),
                "control " + id.code() + " has title '" + entry.title() + "' but ControlId says '" + id.title() + "'");
        require(entry.description() != null && !entry.description().isBlank(), "control " + id.code() + " has no description");
        require(entry.mappings() != null && !entry.mappings().isEmpty(), "control " + id.code() + " maps to no framework");
        return new Control(id, entry.description().strip(), tier(id, entry.appliesFrom()), resolve(id, entry.mappings(), facts));
    }

    private static RiskTier tier(ControlId id, String appliesFrom) {
        return Arrays.stream(RiskTier.values()).filter(t -> t.name().equals(appliesFrom)).findFirst()
                .orElseThrow(() -> new IllegalStateException("control " + id.code() + " has appliesFrom '" + appliesFrom
                        + "', expected one of " + Arrays.stream(RiskTier.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static List<FrameworkMapping> resolve(ControlId id, List<MappingEntry> entries, FrameworkFacts facts) {
        List<FrameworkMapping> mappings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MappingEntry entry : entries) {
            String where = "control " + id.code() + " maps to " + entry.framework() + " item '" + entry.id() + "'";
            Framework framework = facts.framework(entry.framework()).orElseThrow(() -> new IllegalStateException(
                    "control " + id.code() + " maps to unknown framework '" + entry.framework() + "' (item '" + entry.id()
                            + "'); frameworks must come from catalog-facts.json"));
            require(!framework.isWithdrawn(entry.id()), where + ", which catalog-facts.json lists as withdrawn");
            FrameworkItem item = framework.item(entry.id()).orElseThrow(() -> new IllegalStateException(
                    where + ", which is not in catalog-facts.json"));
            require(seen.add(entry.framework() + "\n" + entry.id()), where + " twice");
            mappings.add(FrameworkMapping.resolved(framework, item));
        }
        return mappings;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
