package dev.steward.model.attestation;

import dev.steward.model.classification.RiskTier;

import java.time.Duration;
import java.time.Instant;

/// How long a signature stays current, by risk tier: the riskier the integration, the sooner someone
/// must look again. Minimal-risk integrations share the low tier's interval.
public final class AttestationValidity {
    private AttestationValidity() {
    }

    public static Duration of(RiskTier tier) {
        return switch (tier) {
            case CRITICAL -> Duration.ofDays(90);
            case HIGH -> Duration.ofDays(180);
            case MODERATE -> Duration.ofDays(365);
            case LOW, MINIMAL -> Duration.ofDays(730);
        };
    }

    public static Instant expiresAt(Instant signedAt, RiskTier tier) {
        return signedAt.plus(of(tier));
    }
}
