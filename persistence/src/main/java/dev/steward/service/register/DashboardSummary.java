package dev.steward.service.register;

import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.GapKind;

import java.util.Map;

/// What the dashboard shows before its list: the chart counts and how many gaps of each kind there are.
///
/// @param gapCounts kinds without gaps are left out
public record DashboardSummary(DashboardCounts charts, Map<GapKind, Integer> gapCounts) {
    public DashboardSummary {
        gapCounts = Map.copyOf(gapCounts);
    }

    /// Every visible integration, retired ones included.
    public int integrations() {
        return charts.byStatus().values().stream().mapToInt(Integer::intValue).sum();
    }

    public int gaps() {
        return gapCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
