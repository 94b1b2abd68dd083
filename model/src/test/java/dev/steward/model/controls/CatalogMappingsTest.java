package dev.steward.model.controls;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.classification.ControlId;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/// The rule: every framework ID Steward shows comes from catalog-facts.json.
class CatalogMappingsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MISC = "misc-identity-and-regulation";

    private final ControlCatalog catalog = ControlCatalog.builtIn();
    private final FrameworkFacts facts = FrameworkFacts.builtIn();

    /// Read straight from the JSON files with no Steward code in between, so a bug in the loader's
    /// resolution cannot hide an invented ID.
    @Test
    void everyMappedIdIsInTheVendoredFacts() throws IOException {
        try (InputStream in = FrameworkFacts.class.getResourceAsStream(FrameworkFacts.RESOURCE)) {
            assertThat(unknownIds(MAPPER.readTree(in))).isEmpty();
        }
    }

    @Test
    void everyMappedIdIsInTheSharedFacts() throws IOException {
        var shared = SharedFactsFile.locate();
        assumeTrue(shared.isPresent(), SharedFactsFile.notFoundMessage());

        assertThat(unknownIds(MAPPER.readTree(Files.readAllBytes(shared.get())))).isEmpty();
    }

    @Test
    void everyLoadedMappingResolvesToTheFactsItem() {
        allMappings().forEach(m -> {
            FrameworkItem item = facts.item(m.frameworkId(), m.itemId()).orElseThrow();
            assertThat(m.title()).as(m.itemId()).isEqualTo(item.title());
            assertThat(m.verified()).as("verified flag of " + m.itemId()).isEqualTo(item.verified());
        });
    }

    @Test
    void noMappingUsesAWithdrawnCsfId() {
        List<String> withdrawn = facts.withdrawnIds("nist-csf-2.0");
        assertThat(withdrawn).isNotEmpty();
        assertThat(allMappings()).filteredOn(m -> m.frameworkId().equals("nist-csf-2.0"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(withdrawn).doesNotContain(m.itemId()));
    }

    @Test
    void maestroMappingsAreLayersOnly() {
        assertThat(allMappings()).filteredOn(m -> m.frameworkId().equals("csa-maestro"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.itemId()).matches("L[1-7]"));
    }

    @Test
    void isoMappingsAreReportedUnverified() {
        assertThat(allMappings()).filteredOn(m -> m.frameworkId().equals("iso-iec-42001-2023"))
                .isNotEmpty()
                .allSatisfy(m -> {
                    assertThat(m.verified()).as(m.itemId()).isFalse();
                    assertThat(m.displayLabel()).endsWith(FrameworkMapping.UNVERIFIED_MARK);
                });
    }

    @Test
    void displayLabelsCarryTheVerificationStatus() {
        allMappings().forEach(m -> assertThat(m.displayLabel().endsWith(FrameworkMapping.UNVERIFIED_MARK))
                .as(m.displayLabel()).isEqualTo(!m.verified()));
        FrameworkMapping nhi7 = mapping("STW-03", "NHI7:2025");
        assertThat(nhi7.displayLabel()).isEqualTo("NHI7:2025 Long-Lived Secrets");
        assertThat(mapping("STW-01", "GOVERN 1.6").displayLabel()).isEqualTo("GOVERN 1.6");
    }

    @Test
    void everyControlMapsToAtLeastThreeCoreFrameworks() {
        // The optional misc references (SPIFFE, EU AI Act...) are extras and do not count.
        catalog.controls().forEach(c -> assertThat(c.frameworkIds()).as(c.code())
                .filteredOn(f -> !f.equals(MISC)).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void theCatalogDrawsOnEveryRequiredFramework() {
        Set<String> used = new HashSet<>();
        allMappings().forEach(m -> used.add(m.frameworkId()));
        assertThat(used).contains("owasp-nhi-2025", "owasp-asi-top10-2026", "owasp-asi-threats-mitigations", "csa-maestro",
                "nist-ai-rmf-1.0", "nist-ai-600-1", "nist-csf-2.0", "iso-iec-42001-2023");
    }

    @Test
    void hasOneControlPerControlIdWithTheSameTitle() {
        assertThat(catalog.controls()).extracting(Control::id).containsExactly(ControlId.values());
        catalog.controls().forEach(c -> assertThat(c.title()).isEqualTo(c.id().title()));
        assertThat(catalog.control(ControlId.TESTED_REVOCATION).code()).isEqualTo("STW-09");
    }

    @Test
    void descriptionsAreOurOwnWords() {
        List<String> summaries = facts.frameworks().stream().flatMap(f -> f.items().stream())
                .map(FrameworkItem::summary).filter(s -> !s.isBlank()).toList();
        catalog.controls().forEach(c -> {
            assertThat(c.description()).as(c.code()).isNotBlank().hasSizeGreaterThan(120).contains("Evidence:");
            summaries.forEach(s -> assertThat(c.description()).as(c.code() + " copies a facts summary").doesNotContain(s));
        });
    }

    private List<FrameworkMapping> allMappings() {
        return catalog.controls().stream().flatMap(c -> c.mappings().stream()).toList();
    }

    private FrameworkMapping mapping(String code, String itemId) {
        return catalog.control(ControlId.fromCode(code).orElseThrow()).mappings().stream()
                .filter(m -> m.itemId().equals(itemId)).findFirst().orElseThrow();
    }

    /// `code framework/id` for every mapping in controls.json whose item is not in the given facts tree.
    private static List<String> unknownIds(JsonNode factsTree) throws IOException {
        Set<String> known = new HashSet<>();
        for (JsonNode framework : factsTree.path("frameworks")) {
            for (JsonNode item : framework.path("items")) {
                known.add(framework.path("id").asText() + "/" + item.path("id").asText());
            }
        }
        JsonNode catalogTree;
        try (InputStream in = ControlCatalog.class.getResourceAsStream(ControlCatalog.RESOURCE)) {
            catalogTree = MAPPER.readTree(in);
        }
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (JsonNode control : catalogTree.path("controls")) {
            for (JsonNode mapping : control.path("mappings")) {
                checked++;
                String key = mapping.path("framework").asText() + "/" + mapping.path("id").asText();
                if (!known.contains(key)) {
                    unknown.add(control.path("code").asText() + " " + key);
                }
            }
        }
        assertThat(checked).as("mappings checked").isGreaterThan(50);
        assertThat(StreamSupport.stream(catalogTree.path("controls").spliterator(), false).count()).isEqualTo(ControlId.values().length);
        return unknown;
    }
}
