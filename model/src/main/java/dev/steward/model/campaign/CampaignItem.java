package dev.steward.model.campaign;

import java.time.Instant;
import java.util.Objects;

/// One integration under review in a campaign, and once decided, its decision.
///
/// @param deciderId     the person who should decide it (see {@link Deciders}), {@code null} when nobody
///                      qualifies, in which case the campaign's manager holds it
/// @param decision      {@code null} while pending
/// @param justification why, required with every decision
/// @param decidedBy     username of the account that decided
public record CampaignItem(long id, long campaignId, long integrationId, String integrationName, Long deciderId,
                           Decision decision, String justification, String decidedBy, Instant decidedAt) {
    public CampaignItem {
        Objects.requireNonNull(integrationName, "integrationName");
        if (decision != null) {
            Objects.requireNonNull(decidedBy, "decidedBy");
            Objects.requireNonNull(decidedAt, "decidedAt");
            if (justification == null || justification.isBlank()) {
                throw new IllegalArgumentException("A decision needs a justification");
            }
        }
    }

    public static CampaignItem pending(long campaignId, long integrationId, String integrationName, Long deciderId) {
        return new CampaignItem(0, campaignId, integrationId, integrationName, deciderId, null, null, null, null);
    }

    public boolean isDecided() {
        return decision != null;
    }

    /// The decided copy.
    ///
    /// @throws IllegalStateException when it was decided already: a decision is final within its campaign
    /// @throws IllegalArgumentException when the justification is blank
    public CampaignItem decide(Decision newDecision, String why, String by, Instant at) {
        Objects.requireNonNull(newDecision, "decision");
        if (isDecided()) {
            throw new IllegalStateException(integrationName + " was decided already (" + decision + " by "
                    + decidedBy + "); a campaign decision is final.");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("Say why " + integrationName + " is to be "
                    + newDecision.pastTense() + ": a justification is required.");
        }
        return new CampaignItem(id, campaignId, integrationId, integrationName, deciderId, newDecision, why.strip(),
                by, at);
    }
}
