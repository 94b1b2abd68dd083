package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;

import static dev.steward.model.classification.QuestionIds.*;

/// Several exposures together are worse than any one: an NHI with three or more aggravating
/// answers moves one tier above what the other rules gave it. It stops at HIGH, because
/// CRITICAL is kept for privileged or hard-to-undo actions without approval. Must run last.
final class CompoundingExposureRule implements Rule {
    static final int THRESHOLD = 3;

    @Override
    public String id() {
        return "R30-compounding-exposure";
    }

    @Override
    public String title() {
        return "Several exposures at once";
    }

    @Override
    public List<String> inputs() {
        return List.of(ACTS_UNATTENDED, SCOPE_BREADTH, CREDENTIAL_LIFETIME, REVOCATION_OWNER, SECRETS_OUTSIDE_MANAGER,
                CROSS_SAAS_TOKEN_HANDOFF, VENDOR_MANAGED);
    }

    /// Only the aggravating answers, so the trace shows what added up.
    @Override
    public List<String> answerRefs(Facts facts) {
        return aggravatingQuestions(facts).stream().map(facts.answers()::reference).toList();
    }

    @Override
    public Optional<Effect> evaluate(RuleContext context) {
        List<String> aggravating = aggravatingQuestions(context.facts());
        RiskTier raised = context.tierSoFar().oneHigher();
        if (!context.nhiSoFar() || aggravating.size() < THRESHOLD || raised.compareTo(RiskTier.HIGH) > 0) {
            return Optional.empty();
        }
        return Optional.of(Effect.because(aggravating.size() + " exposures combine, raising the tier by one step")
                .tier(raised));
    }

    private static List<String> aggravatingQuestions(Facts f) {
        return List.of(
                        f.yes(ACTS_UNATTENDED) ? ACTS_UNATTENDED : "",
                        f.is(SCOPE_BREADTH, "standing_broad") ? SCOPE_BREADTH : "",
                        f.is(CREDENTIAL_LIFETIME, "long_lived") ? CREDENTIAL_LIFETIME : "",
                        f.no(REVOCATION_OWNER) ? REVOCATION_OWNER : "",
                        f.yes(SECRETS_OUTSIDE_MANAGER) ? SECRETS_OUTSIDE_MANAGER : "",
                        f.yes(CROSS_SAAS_TOKEN_HANDOFF) ? CROSS_SAAS_TOKEN_HANDOFF : "",
                        f.yes(VENDOR_MANAGED) ? VENDOR_MANAGED : "")
                .stream().filter(id -> !id.isEmpty()).toList();
    }
}
