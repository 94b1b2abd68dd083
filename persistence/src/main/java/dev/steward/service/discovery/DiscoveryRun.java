package dev.steward.service.discovery;

import java.util.List;

/// The outcome of reconciling one discovery run.
///
/// @param findings every finding of the run, dismissed ones included (their status says so)
/// @param files    the files read
/// @param skipped  files a folder search found that hold nothing to discover
/// @param dryRun   nothing was written
public record DiscoveryRun(List<ReconciledFinding> findings, List<String> files, List<String> skipped, boolean dryRun) {
    public DiscoveryRun {
        findings = List.copyOf(findings);
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    public long reassessed() {
        return findings.stream().filter(ReconciledFinding::reassessed).count();
    }
}
