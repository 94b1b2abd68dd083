package dev.steward.model.campaign;

/// Who decides each item of a campaign. See {@link Deciders} for the fallback when that person has left.
public enum DeciderRule {
    /// The integration's business sponsor.
    SPONSOR,
    /// The integration's technical owner.
    TECHNICAL_OWNER,
    /// One person named on the campaign, for every item.
    NAMED_REVIEWER
}
