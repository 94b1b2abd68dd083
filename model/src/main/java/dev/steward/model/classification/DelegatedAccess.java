package dev.steward.model.classification;

/// The strongest access to enterprise data or systems delegated to the integration
/// (answer to `delegated_access`).
public enum DelegatedAccess {
    NONE("none", 0, "none"),
    READ("read", 1, "read only"),
    WRITE("write", 2, "read and write"),
    ADMIN("admin", 3, "administrative"),
    /// Not known. For widening checks it counts as no access, so learning that an
    /// integration writes is treated as a widening.
    UNKNOWN("unknown", 0, "not known");

    private final String answerId;
    private final int breadth;
    private final String displayName;

    DelegatedAccess(String answerId, int breadth, String displayName) {
        this.answerId = answerId;
        this.breadth = breadth;
        this.displayName = displayName;
    }

    /// Lower-case name for sentences, such as `read only`.
    public String displayName() {
        return displayName;
    }

    public String answerId() {
        return answerId;
    }

    /// True when this access goes further than `other`, e.g. WRITE over READ.
    public boolean isWiderThan(DelegatedAccess other) {
        return breadth > other.breadth;
    }

    /// True for WRITE and ADMIN.
    public boolean canChangeThings() {
        return breadth >= WRITE.breadth;
    }

    /// The constant for an answer; missing or unrecognised answers are UNKNOWN.
    public static DelegatedAccess fromAnswers(Answers answers) {
        String answer = answers.value(QuestionIds.DELEGATED_ACCESS).orElse("unknown");
        for (DelegatedAccess access : values()) {
            if (access.answerId.equals(answer)) {
                return access;
            }
        }
        return UNKNOWN;
    }
}
