package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;

import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.QuestionIds.*;

/// Rules that settle the verdict when no identity rule made it an NHI, and the baseline every
/// NHI gets. They run after {@link IdentityRules} and never override an NHI verdict.
final class VerdictRules {
    private VerdictRules() {
    }

    /// Without these answers "not an NHI" cannot be claimed. `human_approves_each_action` is
    /// only key while it is asked, i.e. when the integration calls tools.
    static final List<String> KEY_QUESTIONS = List.of(
            AUTHENTICATES, CALLS_TOOLS, CREDENTIAL_AUTONOMY, HUMAN_APPROVES_EACH_ACTION, LOCAL_ONLY, DELEGATED_ACCESS);

    /// For a pipeline component governed under its orchestrator's identity only these decide the
    /// verdict (and are answered, or it would not share that identity): its tool calls and whether
    /// it runs locally are the orchestrator's concern.
    private static final List<String> SHARED_IDENTITY_KEY_QUESTIONS = List.of(AUTHENTICATES, CREDENTIAL_AUTONOMY, DELEGATED_ACCESS);

    static List<String> unresolvedKeyQuestions(Facts facts) {
        List<String> key = facts.sharesOrchestratorIdentity() ? SHARED_IDENTITY_KEY_QUESTIONS : KEY_QUESTIONS;
        return key.stream()
                .filter(id -> !id.equals(HUMAN_APPROVES_EACH_ACTION) || facts.yes(CALLS_TOOLS))
                .filter(id -> !facts.answers().isKnown(id))
                .toList();
    }

    static final List<Rule> ALL = List.of(
            new DynamicRule("R09-local-only-exception", "Purely local model workflow",
                    List.of(LOCAL_ONLY, DELEGATED_ACCESS, CALLS_TOOLS, HOLDS_SECRETS, AUTHENTICATES, CREDENTIAL_AUTONOMY),
                    c -> !c.verdictDecided() && c.facts().isPurelyLocal()
                            ? Optional.of(Effect.because("It runs only locally with no delegated access, no secrets and no tools,"
                            + " which is the one exception: not an NHI").verdict(NhiVerdict.NOT_NHI))
                            : Optional.empty()),
            new DynamicRule("R10-key-answers-unknown", "Key answers missing",
                    KEY_QUESTIONS,
                    c -> {
                        List<String> unresolved = unresolvedKeyQuestions(c.facts());
                        return c.verdictDecided() || unresolved.isEmpty() ? Optional.empty()
                                : Optional.of(Effect.because("Nothing so far makes it an NHI, but it cannot be ruled out until "
                                + String.join(", ", unresolved) + " are answered").verdict(NhiVerdict.UNDETERMINED));
                    }),
            new DynamicRule("R11-no-identity-signals", "No sign of an identity of its own",
                    KEY_QUESTIONS,
                    c -> c.verdictDecided() ? Optional.empty()
                            : Optional.of(Effect.because(c.facts().sharesOrchestratorIdentity()
                            ? "It has no credentials, tool access or delegated access of its own and acts only through its"
                            + " pipeline's orchestrator, so it has no identity of its own"
                            : "It neither authenticates nor uses credentials on its own, has no delegated access and does not"
                            + " act without approval").verdict(NhiVerdict.NOT_NHI))),
            new DynamicRule("R12-nhi-baseline", "Baseline for every NHI",
                    List.of(),
                    c -> c.nhiSoFar()
                            ? Optional.of(Effect.because("Every non-human identity needs an owner, its own identity, a log"
                            + " and a tested way to switch it off").tier(RiskTier.LOW)
                            .require(REGISTERED_OWNER_SPONSOR, WORKLOAD_IDENTITY, ACTIVITY_LOGGING, TESTED_REVOCATION,
                                    NO_HUMAN_USE_OF_AGENT_IDENTITY))
                            : Optional.empty()));
}
