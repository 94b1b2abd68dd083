package dev.steward.storage;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;

import java.time.LocalDate;

/// One row of the register table as a page of {@link RegisterSearch} returns it: the columns the table
/// shows, without the child lists, which only the editor needs (open it with
/// {@link RegisterService#integration(long)}).
///
/// @param sponsorName  the business sponsor's name; {@code null} when none is set
/// @param ownerName    the technical owner's name; {@code null} when none is set
/// @param verdict      the latest classification's verdict; {@code null} when never classified
/// @param riskTier     the latest classification's tier; {@code null} when never classified
public record IntegrationSummary(long id, String name, IntegrationKind kind, LifecycleStatus status, String vendor,
                                 String sponsorName, String ownerName, LocalDate nextReview, NhiVerdict verdict,
                                 RiskTier riskTier) {
}
