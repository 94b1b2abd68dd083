package dev.steward.model.dashboard;

import dev.steward.model.classification.Classification;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;

import java.util.Objects;

/// The two results of a classification the dashboard counts.
public record Rating(NhiVerdict verdict, RiskTier tier) {
    public Rating {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(tier, "tier");
    }

    public static Rating of(Classification classification) {
        return new Rating(classification.verdict(), classification.riskTier());
    }
}
