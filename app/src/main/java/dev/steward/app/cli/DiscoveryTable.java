package dev.steward.app.cli;

import dev.steward.service.discovery.ReconciledFinding;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/// Findings as a plain-text table, one line each, columns padded to the widest cell (cut at 40 characters).
final class DiscoveryTable {
    private static final int MAX_WIDTH = 40;
    private static final List<String> HEADER = List.of("STATUS", "NAME", "KIND", "REGISTERED AS", "FLAGS", "CHANGES",
            "SOURCES");

    private DiscoveryTable() {
    }

    static void print(PrintWriter out, List<ReconciledFinding> findings) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ReconciledFinding f : findings) {
            rows.add(List.of(f.status().label() + (f.reassessed() ? " (reassess)" : ""), f.finding().name(),
                    f.finding().kind().name(), f.integrationName() == null ? "-" : f.integrationName(),
                    f.flags().isEmpty() ? "-" : String.join("; ", f.flags()),
                    f.changes().isEmpty() ? "-" : String.join("; ", f.changes().stream().map(Object::toString).toList()),
                    DiscoverCommand.sources(f)));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], Math.min(MAX_WIDTH, row.get(i).length()));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i).length() > MAX_WIDTH ? row.get(i).substring(0, MAX_WIDTH - 1) + "…" : row.get(i);
                line.append(i == row.size() - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            out.println(line.toString().stripTrailing());
        }
    }
}
