package dev.steward.app.export.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.controls.Control;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.controls.Framework;
import dev.steward.model.controls.FrameworkFacts;
import dev.steward.model.controls.FrameworkItem;
import dev.steward.model.controls.FrameworkMapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// `definitions.standards`: Steward's controls as one standard whose requirements are the attested controls,
/// and one standard per framework they map to, holding only the mapped items.
///
/// Every framework item comes from the catalog's resolved mappings, which resolve only against the verified
/// facts (`catalog-facts.json`), so no identifier outside them can appear. A control points at its framework
/// items by `bom-ref` in `steward:framework-mapping` properties: CycloneDX has no mapping field, and a mapping
/// is not an assessment of the framework item, so the attestation map names only Steward's requirements.
/// Items the facts could not confirm (all of ISO/IEC 42001, MAESTRO layers) say so in a property and a description.
final class CycloneDxStandards {
    static final String STEWARD_STANDARD = "steward-controls";
    static final String MAPPING_PROPERTY = "steward:framework-mapping";
    static final String VERIFICATION_PROPERTY = "steward:verification";

    private final ControlCatalog catalog;
    private final FrameworkFacts facts;

    CycloneDxStandards(ControlCatalog catalog, FrameworkFacts facts) {
        this.catalog = catalog;
        this.facts = facts;
    }

    static String requirementRef(String controlCode) {
        return STEWARD_STANDARD + "/" + controlCode;
    }

    static String frameworkRef(String frameworkId) {
        return "framework/" + frameworkId;
    }

    static String frameworkItemRef(String frameworkId, String itemId) {
        return frameworkRef(frameworkId) + "/" + itemId;
    }

    ArrayNode build(List<AttestedControl> attested, String stewardVersion) {
        ArrayNode standards = CycloneDxBom.NODES.arrayNode();
        ObjectNode steward = standards.addObject();
        steward.put("bom-ref", STEWARD_STANDARD);
        steward.put("name", "Steward controls for AI integrations as non-human identities");
        steward.put("version", stewardVersion);
        steward.put("description", "The controls Steward applies to an AI integration by its classification; each "
                + "lists the framework items it answers to in " + MAPPING_PROPERTY + " properties.");
        steward.put("owner", "Steward");
        ArrayNode requirements = steward.putArray("requirements");
        Map<String, Map<String, FrameworkMapping>> mapped = new LinkedHashMap<>();
        for (AttestedControl a : attested) {
            Control control = catalog.control(a.control());
            ObjectNode requirement = requirements.addObject();
            requirement.put("bom-ref", requirementRef(a.control().code()));
            requirement.put("identifier", a.control().code());
            requirement.put("title", a.control().title());
            if (control == null) {
                continue;
            }
            requirement.put("text", control.description());
            if (!control.mappings().isEmpty()) {
                ArrayNode properties = requirement.putArray("properties");
                for (FrameworkMapping m : control.mappings()) {
                    properties.addObject().put("name", MAPPING_PROPERTY).put("value", frameworkItemRef(m.frameworkId(), m.itemId()));
                    mapped.computeIfAbsent(m.frameworkId(), id -> new LinkedHashMap<>()).putIfAbsent(m.itemId(), m);
                }
            }
        }
        mapped.forEach((frameworkId, items) -> standards.add(framework(frameworkId, items.values())));
        return standards;
    }

    private ObjectNode framework(String frameworkId, java.util.Collection<FrameworkMapping> items) {
        Framework framework = facts.framework(frameworkId).orElseThrow(() -> new IllegalStateException(
                "framework " + frameworkId + " of the control catalog is not in the framework facts"));
        ObjectNode standard = CycloneDxBom.NODES.objectNode();
        standard.put("bom-ref", frameworkRef(frameworkId));
        standard.put("name", framework.name());
        putIfPresent(standard, "version", framework.version());
        putIfPresent(standard, "owner", framework.publisher());
        ArrayNode requirements = standard.putArray("requirements");
        for (FrameworkMapping m : items) {
            FrameworkItem item = framework.item(m.itemId()).orElseThrow(() -> new IllegalStateException(
                    m.itemId() + " is not a current item of " + frameworkId + " in the framework facts"));
            ObjectNode requirement = requirements.addObject();
            requirement.put("bom-ref", frameworkItemRef(frameworkId, item.id()));
            requirement.put("identifier", item.id());
            item.title().ifPresent(t -> requirement.put("title", t));
            if (!item.verified()) {
                requirement.putArray("descriptions").add("Unverified: Steward's framework facts could not confirm this "
                        + "identifier against a primary source (verification: " + item.verification() + ").");
            }
            requirement.putArray("properties").addObject().put("name", VERIFICATION_PROPERTY)
                    .put("value", item.verified() ? "verified" : "unverified");
        }
        website(framework.source()).ifPresent(w -> standard.putArray("externalReferences").add(w));
        return standard;
    }

    /// The facts' source as an external reference: its leading address as the URL and any caveat after it
    /// ("exact URL not verified") as the comment; none when the source is not an address.
    private static java.util.Optional<ObjectNode> website(String source) {
        if (source == null || !source.strip().startsWith("https://")) {
            return java.util.Optional.empty();
        }
        String[] parts = source.strip().split("\\s+", 2);
        try {
            java.net.URI.create(parts[0]);
        } catch (IllegalArgumentException notAnAddress) {
            return java.util.Optional.empty();
        }
        ObjectNode reference = CycloneDxBom.NODES.objectNode().put("type", "website").put("url", parts[0]);
        if (parts.length > 1) {
            reference.put("comment", parts[1].strip());
        }
        return java.util.Optional.of(reference);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }
}
