package dev.steward.model.classification;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/// The whole rule table checked against itself: over a systematic walk of answer combinations (every
/// visible question branched over its answers) and a large random sample of the full answer space,
/// no trace holds two rules whose conclusions contradict, and the verdict invariants hold.
class RuleConsistencyTest {
    private static final Questionnaire QUESTIONNAIRE = Questionnaire.builtIn();

    /// What a fired rule concludes about the integration's own identity.
    private enum Claim { NHI, NOT_NHI, UNDETERMINED }

    /// Rules that conclude something about the identity without setting the verdict themselves.
    private static final Map<String, Claim> NOTE_CLAIMS = Map.of(
            "R12-nhi-baseline", Claim.NHI,
            "R25-no-revocation-owner", Claim.NHI, // there is access of its own to revoke
            "R30-compounding-exposure", Claim.NHI,
            "R29-pipeline-shared-identity", Claim.NOT_NHI); // governed under the orchestrator's identity

    /// Pairs whose reasons exclude each other: R09 says it runs purely locally with no tools; R04 says it
    /// acts beyond a local machine, R27/R28 that a vendor runs it.
    private static final List<List<String>> EXCLUSIVE = List.of(
            List.of("R09-local-only-exception", "R04-acts-unattended"),
            List.of("R09-local-only-exception", "R27-vendor-managed-runtime"),
            List.of("R09-local-only-exception", "R28-vendor-holds-the-keys"),
            List.of("R09-local-only-exception", "R03-tools-without-approval"),
            List.of("R29-pipeline-shared-identity", "R06-pipeline-independent-tools"));

    /// Answers the walk branches over: every answer of the questions that decide the verdict, representative
    /// values of the rest (the random sample covers every value). About 54,000 combinations.
    private static final Map<String, List<Object>> DOMAIN = new LinkedHashMap<>();

    static {
        List<Object> ynu = List.of("yes", "no", "unknown");
        DOMAIN.put("local_only", ynu);
        DOMAIN.put("authenticates", ynu);
        DOMAIN.put("holds_secrets", List.of("no"));
        DOMAIN.put("credential_autonomy", ynu);
        DOMAIN.put("credential_lifetime", List.of("long_lived"));
        DOMAIN.put("secrets_outside_manager", List.of("yes"));
        DOMAIN.put("delegated_access", List.of("none", "read", "write", "admin", "unknown"));
        DOMAIN.put("scope_breadth", List.of("standing_broad"));
        DOMAIN.put("calls_tools", ynu);
        DOMAIN.put("human_approves_each_action", List.of("yes", "partial", "no", "unknown"));
        DOMAIN.put("action_impact", List.of(List.of(), List.of("create_records"), List.of("move_money")));
        DOMAIN.put("acts_unattended", List.of("yes", "no"));
        DOMAIN.put("cross_saas_token_handoff", List.of("no"));
        DOMAIN.put("pipeline_role", List.of("none", "executor"));
        DOMAIN.put("independent_tool_access", ynu);
        DOMAIN.put("revocation_owner", List.of("no"));
        DOMAIN.put("vendor_managed", List.of("no", "yes"));
        DOMAIN.put("credential_owner", List.of("vendor"));
    }

    @Test
    void noTraceContradictsItselfOverASystematicWalk() {
        List<String> violations = new ArrayList<>();
        int[] count = {0};
        walk(0, new HashMap<>(), answers -> {
            count[0]++;
            check(answers, violations);
        });
        assertThat(count[0]).as("combinations walked").isGreaterThan(50_000);
        assertThat(violations).as("first of %d contradictions", violations.size()).isEmpty();
    }

    @Test
    void noTraceContradictsItselfOverARandomSampleOfEveryAnswer() {
        Random random = new Random(20261202L); // fixed seed: failures must be reproducible
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            check(RandomAnswers.of(QUESTIONNAIRE, random, 6), violations);
        }
        assertThat(violations).as("first of %d contradictions", violations.size()).isEmpty();
    }

    /// Depth-first over the questions in order: a hidden question is left unanswered, a visible one
    /// takes each value of its domain (questions outside the domain stay unanswered).
    private static void walk(int index, Map<String, Object> raw, Consumer<Answers> visit) {
        List<Question> questions = QUESTIONNAIRE.questions();
        if (index == questions.size()) {
            visit.accept(Answers.of(raw));
            return;
        }
        Question question = questions.get(index);
        List<Object> values = DOMAIN.get(question.id());
        // raw only ever holds answers to visible questions, so it can decide visibility directly
        if (values == null || !question.isVisibleFor(Answers.of(raw))) {
            walk(index + 1, raw, visit);
            return;
        }
        for (Object value : values) {
            raw.put(question.id(), value);
            walk(index + 1, raw, visit);
        }
        raw.remove(question.id());
    }

    private static void check(Answers answers, List<String> violations) {
        if (violations.size() >= 5) {
            return; // enough to see what is wrong
        }
        var evaluation = ClassificationEngine.evaluate(QUESTIONNAIRE, answers);
        Classification result = evaluation.classification();
        List<String> problems = new ArrayList<>();
        Set<Claim> claims = EnumSet.noneOf(Claim.class);
        for (int i = 0; i < result.trace().size(); i++) {
            RuleFiring firing = result.trace().get(i);
            Effect effect = evaluation.effects().get(i);
            if (effect.verdict() != null) {
                claims.add(Claim.valueOf(effect.verdict().name()));
            }
            if (NOTE_CLAIMS.containsKey(firing.ruleId())) {
                claims.add(NOTE_CLAIMS.get(firing.ruleId()));
            }
            if (effect.tierAtLeast() != null && effect.tierAtLeast().compareTo(result.riskTier()) > 0) {
                problems.add(firing.ruleId() + " sets tier at least " + effect.tierAtLeast() + " but the tier is " + result.riskTier());
            }
            if (effect.autonomyAtLeast() != null && effect.autonomyAtLeast().compareTo(result.autonomyLevel()) > 0) {
                problems.add(firing.ruleId() + " sets autonomy " + effect.autonomyAtLeast() + " above the result");
            }
            if (firing.effect().matches(".*\\b(A[0-4]_[A-Z]+|NOT_NHI|MODERATE|CRITICAL|MINIMAL)\\b.*")) {
                problems.add(firing.ruleId() + " shows an internal name: " + firing.effect());
            }
        }
        if (claims.size() > 1) {
            problems.add("rules disagree about the identity: " + claims);
        }
        if (!claims.isEmpty() && !claims.contains(Claim.valueOf(result.verdict().name()))) {
            problems.add("verdict " + result.verdict() + " although the rules say " + claims);
        }
        for (List<String> pair : EXCLUSIVE) {
            if (result.fired(pair.get(0)) && result.fired(pair.get(1))) {
                problems.add(pair + " fire together");
            }
        }
        if (result.verdict() != NhiVerdict.NHI && result.riskTier().compareTo(RiskTier.LOW) > 0) {
            problems.add(result.verdict() + " with tier " + result.riskTier());
        }
        if (result.verdict() == NhiVerdict.NHI && result.riskTier().compareTo(RiskTier.LOW) < 0) {
            problems.add("an NHI below Low");
        }
        if (result.verdict() != NhiVerdict.NHI && result.autonomyLevel().compareTo(AutonomyLevel.A3_CONDITIONAL) >= 0
                && !result.fired("R29-pipeline-shared-identity")) {
            problems.add(result.verdict() + " acting without approval (" + result.autonomyLevel()
                    + ") with no orchestrator to answer for it");
        }
        if (result.verdict() == NhiVerdict.UNDETERMINED && result.unresolvedKeyQuestions().isEmpty()
                || result.verdict() == NhiVerdict.NOT_NHI && !result.unresolvedKeyQuestions().isEmpty()) {
            problems.add(result.verdict() + " with unresolved key questions " + result.unresolvedKeyQuestions());
        }
        if (!problems.isEmpty()) {
            violations.add(problems + " for " + QUESTIONNAIRE.relevantAnswers(answers) + "; trace " + result.firedRuleIds());
        }
    }
}
