package dev.steward.model.classification;

import java.util.EnumSet;
import java.util.Set;

/// What the integration can do (options of `action_impact`), grouped by how much harm a
/// mistaken or hijacked action could cause.
public enum ActionImpact {
    DRAFT_TEXT("draft_text", Weight.INFORMATIONAL, "draft text"),
    READ_DATA("read_data", Weight.INFORMATIONAL, "read enterprise data"),
    CREATE_RECORDS("create_records", Weight.CONSEQUENTIAL, "create or change records"),
    SEND_EXTERNAL_COMMS("send_external_comms", Weight.CONSEQUENTIAL, "send messages outside the organisation"),
    INVOKE_AGENTS("invoke_agents", Weight.CONSEQUENTIAL, "start or instruct other agents"),
    MODIFY_INFRASTRUCTURE("modify_infrastructure", Weight.HIGH_IMPACT, "change infrastructure or configuration"),
    DEPLOY_CODE("deploy_code", Weight.HIGH_IMPACT, "deploy code"),
    MOVE_MONEY("move_money", Weight.HIGH_IMPACT, "move money or commit spend");

    /// Informational impacts leave systems unchanged; high-impact ones are hard to undo.
    public enum Weight { INFORMATIONAL, CONSEQUENTIAL, HIGH_IMPACT }

    private final String answerId;
    private final Weight weight;
    private final String displayName;

    ActionImpact(String answerId, Weight weight, String displayName) {
        this.answerId = answerId;
        this.weight = weight;
        this.displayName = displayName;
    }

    /// Lower-case name for sentences, such as `deploy code`.
    public String displayName() {
        return displayName;
    }

    public String answerId() {
        return answerId;
    }

    public Weight weight() {
        return weight;
    }

    /// True when the action changes something outside the conversation.
    public boolean isConsequential() {
        return weight != Weight.INFORMATIONAL;
    }

    public boolean isHighImpact() {
        return weight == Weight.HIGH_IMPACT;
    }

    /// The impacts selected in the answers; unrecognised ids are skipped (validation reports them).
    public static Set<ActionImpact> fromAnswers(Answers answers) {
        Set<ActionImpact> impacts = EnumSet.noneOf(ActionImpact.class);
        for (String selected : answers.selections(QuestionIds.ACTION_IMPACT)) {
            for (ActionImpact impact : values()) {
                if (impact.answerId.equals(selected)) {
                    impacts.add(impact);
                }
            }
        }
        return impacts;
    }
}
