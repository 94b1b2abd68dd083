package dev.steward.model.classification;

import java.util.EnumSet;
import java.util.Set;

/// What the integration can do (options of `action_impact`), grouped by how much harm a
/// mistaken or hijacked action could cause.
public enum ActionImpact {
    DRAFT_TEXT("draft_text", Weight.INFORMATIONAL),
    READ_DATA("read_data", Weight.INFORMATIONAL),
    CREATE_RECORDS("create_records", Weight.CONSEQUENTIAL),
    SEND_EXTERNAL_COMMS("send_external_comms", Weight.CONSEQUENTIAL),
    INVOKE_AGENTS("invoke_agents", Weight.CONSEQUENTIAL),
    MODIFY_INFRASTRUCTURE("modify_infrastructure", Weight.HIGH_IMPACT),
    DEPLOY_CODE("deploy_code", Weight.HIGH_IMPACT),
    MOVE_MONEY("move_money", Weight.HIGH_IMPACT);

    /// Informational impacts leave systems unchanged; high-impact ones are hard to undo.
    public enum Weight { INFORMATIONAL, CONSEQUENTIAL, HIGH_IMPACT }

    private final String answerId;
    private final Weight weight;

    ActionImpact(String answerId, Weight weight) {
        this.answerId = answerId;
        this.weight = weight;
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
