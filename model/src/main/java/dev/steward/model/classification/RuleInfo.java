package dev.steward.model.classification;

import java.util.List;

/// Description of one engine rule, for documentation screens and the CLI's rule listing.
///
/// @param id     stable id as it appears in traces
/// @param title  short human title
/// @param inputs question ids the rule reads
public record RuleInfo(String id, String title, List<String> inputs) {
    public RuleInfo {
        inputs = List.copyOf(inputs);
    }
}
