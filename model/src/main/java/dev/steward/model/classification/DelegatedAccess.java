package dev.steward.model.classification;

/// The strongest access to enterprise data or systems delegated to the integration
/// (answer to `delegated_access`).
public enum DelegatedAccess {
    NONE("none", 0),
    READ("read", 1),
    WRITE("write", 2),
    ADMIN("admin", 3),
    /// Not known. For widening checks it counts as no access, so learning that an
    /// integration writes is treated as a widening.
    UNKNOWN("unknown", 0);

    private final String answerId;
    private final int breadth;

    DelegatedAccess(String answerId, int breadth) {
        this.answerId = answerId;
        this.breadth = breadth;
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
