package dev.steward.storage;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.classification.RuleFiring;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// One stored classification of an integration: a historical snapshot, read back from what was stored
/// at the time and never recomputed, so it shows what a reviewer saw even after the rules change.
///
/// @param id                   database id
/// @param questionnaireVersion the questionnaire version the answers were given to
/// @param answers              the answers exactly as submitted
/// @param requiredControls     controls that became mandatory, ordered by code
/// @param trace                every rule that fired, in evaluation order
/// @param escalated            true when this classification was more serious than the one before it
/// @param escalationReasons    why it escalated, one sentence each; empty when not escalated
/// @param at                   when it was classified
/// @param by                   who classified it
public record StoredClassification(long id, long integrationId, String questionnaireVersion, Answers answers,
                                   NhiVerdict verdict, AutonomyLevel autonomyLevel, RiskTier riskTier,
                                   List<ControlId> requiredControls, List<RuleFiring> trace, boolean escalated,
                                   List<String> escalationReasons, Instant at, String by) {

    public StoredClassification {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(autonomyLevel, "autonomyLevel");
        Objects.requireNonNull(riskTier, "riskTier");
        requiredControls = List.copyOf(requiredControls);
        trace = List.copyOf(trace);
        escalationReasons = List.copyOf(escalationReasons);
    }

    /// The one-line outcome the audit log and tooltips show, in display names:
    /// {@code verdict Non-human identity, autonomy A3 Conditional, tier High}.
    public String summary() {
        return "verdict " + verdict.label() + ", autonomy " + autonomyLevel.displayName() + ", tier " + riskTier.label();
    }
}
