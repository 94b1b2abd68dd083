package dev.steward.model.classification;

/// Risk tier, declared from lowest to highest so `compareTo` orders tiers.
public enum RiskTier {
    MINIMAL("Minimal"),
    LOW("Low"),
    MODERATE("Moderate"),
    HIGH("High"),
    CRITICAL("Critical");

    private final String label;

    RiskTier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// The higher of the two tiers.
    public RiskTier max(RiskTier other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /// One tier up, staying at {@link #CRITICAL}.
    public RiskTier oneHigher() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
