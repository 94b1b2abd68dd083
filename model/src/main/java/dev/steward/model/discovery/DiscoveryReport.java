package dev.steward.model.discovery;

import java.util.List;

/// What one run read: the findings (merged, one per stable key) and the files behind them.
///
/// @param files   every file read, as absolute paths
/// @param skipped files a folder search found but that hold nothing Steward reads (e.g. another JSON file)
public record DiscoveryReport(List<Finding> findings, List<String> files, List<String> skipped) {
    public DiscoveryReport {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
