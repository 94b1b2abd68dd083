package dev.steward.model.controls;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/// The shape of `catalog-facts.json` as Jackson reads it. The file also carries research notes,
/// seed corrections and OSCAL pointers that Steward does not need, so unknown fields are ignored
/// here (unlike Steward's own catalog, where a typo must fail).
@JsonIgnoreProperties(ignoreUnknown = true)
record FactsDocument(List<FrameworkEntry> frameworks) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FrameworkEntry(String id, String name, String version, String publisher, String source,
                          List<ItemEntry> items,
                          @JsonProperty("withdrawn_ids_do_not_use") List<String> withdrawnIds) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ItemEntry(String id, String title, String summary, String kind, Boolean verified, String verification) {
    }
}
