package dev.steward.model.campaign;

/// A campaign is open until its manager closes it, which needs every item decided.
public enum CampaignStatus {
    OPEN,
    CLOSED
}
