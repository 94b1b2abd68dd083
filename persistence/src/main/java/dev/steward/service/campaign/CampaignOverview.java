package dev.steward.service.campaign;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignProgress;

import java.util.List;

/// One campaign as its view shows it: the campaign, every item with who holds it, and the progress counts.
public record CampaignOverview(Campaign campaign, List<CampaignItemView> items, CampaignProgress progress) {
    public CampaignOverview {
        items = List.copyOf(items);
    }

    /// The pending items held by someone other than their decider (escalated, or the manager's from the start).
    public List<CampaignItemView> escalated() {
        return items.stream().filter(i -> i.holder() != null
                && i.holder().level() != dev.steward.model.campaign.Holder.Level.DECIDER).toList();
    }
}
