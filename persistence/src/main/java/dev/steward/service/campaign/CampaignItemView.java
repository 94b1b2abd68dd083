package dev.steward.service.campaign;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.campaign.Holder;

/// One campaign item with names resolved for people.
///
/// @param deciderName the person who was to decide, "" when nobody qualified
/// @param holder      who holds it now; {@code null} once decided
/// @param holderName  the holder's name (a person's, or the manager's username), "" once decided
/// @param needsEdit   a MODIFY decision whose integration has not been saved since
public record CampaignItemView(Campaign campaign, CampaignItem item, String deciderName, Holder holder,
                               String holderName, boolean needsEdit) {
    public boolean isPending() {
        return !item.isDecided();
    }

    public boolean overdue(java.time.LocalDate today) {
        return isPending() && campaign.isOverdue(today);
    }
}
