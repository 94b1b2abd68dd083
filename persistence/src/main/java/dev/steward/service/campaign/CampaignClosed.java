package dev.steward.service.campaign;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.SignedCampaignReport;

import java.util.Optional;

/// What closing a campaign produced: the closed campaign, its signed report, and for a recurring campaign the
/// next instance (already created, with its items).
public record CampaignClosed(Campaign campaign, SignedCampaignReport report, Optional<Campaign> next) {
}
