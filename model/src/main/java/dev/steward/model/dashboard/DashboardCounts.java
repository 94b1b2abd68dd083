package dev.steward.model.dashboard;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/// Counts for the dashboard charts. Retired integrations are counted by status only: they no longer carry risk.
///
/// @param unclassified live integrations with no stored classification (not in {@code byVerdict} or {@code byTier})
public record DashboardCounts(Map<NhiVerdict, Integer> byVerdict, Map<RiskTier, Integer> byTier,
                              Map<LifecycleStatus, Integer> byStatus, int unclassified) {

    public DashboardCounts {
        byVerdict = Map.copyOf(byVerdict);
        byTier = Map.copyOf(byTier);
        byStatus = Map.copyOf(byStatus);
    }

    /// @param latest the latest rating by integration id; integrations missing from it are unclassified
    public static DashboardCounts of(Collection<Integration> integrations, Map<Long, Rating> latest) {
        Map<NhiVerdict, Integer> verdicts = new EnumMap<>(NhiVerdict.class);
        Map<RiskTier, Integer> tiers = new EnumMap<>(RiskTier.class);
        Map<LifecycleStatus, Integer> statuses = new EnumMap<>(LifecycleStatus.class);
        int unclassified = 0;
        for (Integration i : integrations) {
            statuses.merge(i.status(), 1, Integer::sum);
            if (i.isRetired()) {
                continue;
            }
            Rating c = latest.get(i.id());
            if (c == null) {
                unclassified++;
            } else {
                verdicts.merge(c.verdict(), 1, Integer::sum);
                tiers.merge(c.tier(), 1, Integer::sum);
            }
        }
        return new DashboardCounts(verdicts, tiers, statuses, unclassified);
    }

    public int verdict(NhiVerdict verdict) {
        return byVerdict.getOrDefault(verdict, 0);
    }

    public int tier(RiskTier tier) {
        return byTier.getOrDefault(tier, 0);
    }

    public int status(LifecycleStatus status) {
        return byStatus.getOrDefault(status, 0);
    }
}
