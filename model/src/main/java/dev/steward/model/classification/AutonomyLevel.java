package dev.steward.model.classification;

/// How far the integration acts without a person; declared from least to most autonomous,
/// so `compareTo` orders levels.
public enum AutonomyLevel {
    A0_NONE("No autonomy: driven entirely by a person"),
    A1_ASSISTIVE("Assistive: drafts, reads or calls tools but changes nothing on its own"),
    A2_SUPERVISED("Supervised: takes consequential actions, each approved by a person"),
    A3_CONDITIONAL("Conditional: some actions or credential use happen without per-action approval"),
    A4_AUTONOMOUS("Autonomous: acts with no person approving or present");

    private final String label;

    AutonomyLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// The higher of the two levels.
    public AutonomyLevel max(AutonomyLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
