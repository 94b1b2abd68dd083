package dev.steward.app.export.bundle;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/// Compares the bundle's evidence list with the one derived from the signed snapshot and names the first
/// difference, so an auditor knows which file to look at.
final class EvidenceComparison {
    private EvidenceComparison() {
    }

    static Optional<String> compare(JsonNode expected, JsonNode actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            JsonNode want = expected.get(i);
            JsonNode got = actual.get(i);
            for (String field : new String[]{"file", "sha256", "effectiveDate", "control"}) {
                String w = want.path(field).asText();
                String g = got.path(field).asText(null);
                if (!w.equals(g)) {
                    return Optional.of("evidence[" + i + "] (" + want.path("file").asText() + "): " + field + " is "
                            + (g == null ? "absent" : "\"" + g + "\"") + ", the snapshot has \"" + w + "\"");
                }
            }
        }
        if (expected.size() != actual.size()) {
            return Optional.of("the bundle lists " + actual.size() + " evidence files, the snapshot " + expected.size());
        }
        return Optional.empty();
    }
}
