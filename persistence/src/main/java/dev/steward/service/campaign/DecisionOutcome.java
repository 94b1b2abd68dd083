package dev.steward.service.campaign;

import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.register.Integration;

import java.util.Optional;
import java.util.OptionalLong;

/// What a decision did besides recording itself.
///
/// @param integration      the integration as stored after the decision (suspended after a revoke)
/// @param revocationTaskId the task a revoke opened
/// @param attestationId    the attestation draft a certify opened or found open; empty when the round could
///                         not start here (it awaits a signature already, or the decider may not submit)
public record DecisionOutcome(CampaignItem item, Integration integration, OptionalLong revocationTaskId,
                              Optional<Long> attestationId) {
}
