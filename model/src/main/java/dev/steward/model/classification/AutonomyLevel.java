package dev.steward.model.classification;

/// How far the integration acts without a person; declared from least to most autonomous,
/// so `compareTo` orders levels.
public enum AutonomyLevel {
    A0_NONE("A0 None", "No autonomy: driven entirely by a person"),
    A1_ASSISTIVE("A1 Assistive", "Assistive: drafts, reads or calls tools but changes nothing on its own"),
    A2_SUPERVISED("A2 Supervised", "Supervised: takes consequential actions, each approved by a person"),
    A3_CONDITIONAL("A3 Conditional", "Conditional: some actions or credential use happen without per-action approval"),
    A4_AUTONOMOUS("A4 Autonomous", "Autonomous: acts with no person approving or present");

    private final String displayName;
    private final String label;

    AutonomyLevel(String displayName, String label) {
        this.displayName = displayName;
        this.label = label;
    }

    /// Short name such as `A3 Conditional`, as users see it in traces and reasons.
    public String displayName() {
        return displayName;
    }

    public String label() {
        return label;
    }

    /// The higher of the two levels.
    public AutonomyLevel max(AutonomyLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
