package dev.steward.model.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/// Turns questionnaire answers into a {@link Classification}. Pure and stateless: the same
/// questionnaire and answers always give the same result.
///
/// Rules run in a fixed order: identity rules (may decide NHI), verdict fallbacks (local-only
/// exception, undetermined, not an NHI), the NHI baseline, action rules, exposure rules and
/// finally compounding exposure. Tier and autonomy are the maximum of the floors set by fired
/// rules and every rule condition only ever switches on as answers get more dangerous, so a
/// more dangerous answer can never lower either of them. An integration that is not (or not yet)
/// an NHI is held at {@link #NON_NHI_TIER_CEILING}: that ceiling only ever lifts as answers get
/// more dangerous, because an NHI verdict, once given, stays.
public final class ClassificationEngine {
    private static final List<Rule> RULES = Stream.of(IdentityRules.ALL, VerdictRules.ALL, ActionRules.ALL, ExposureRules.ALL)
            .flatMap(List::stream)
            .toList();

    /// The highest tier anything but a non-human identity can have: without an identity of its own
    /// there is no access to abuse, so the floors that measure that risk stop here.
    static final RiskTier NON_NHI_TIER_CEILING = RiskTier.LOW;

    private ClassificationEngine() {
    }

    /// Classifies the answers. Answers to questions that are hidden (or unknown to the
    /// questionnaire) are ignored and listed in {@link Classification#ignoredAnswers()}.
    public static Classification classify(Questionnaire questionnaire, Answers answers) {
        return evaluate(questionnaire, answers).classification();
    }

    /// A classification with the effect of every fired rule, in trace order, for tests that
    /// check the rules against each other.
    record Evaluation(Classification classification, List<Effect> effects) {
    }

    static Evaluation evaluate(Questionnaire questionnaire, Answers answers) {
        Answers relevant = questionnaire.relevantAnswers(answers);
        Facts facts = new Facts(relevant);
        NhiVerdict verdict = null;
        AutonomyLevel autonomy = AutonomyLevel.A0_NONE;
        RiskTier tier = RiskTier.MINIMAL;
        Set<ControlId> controls = EnumSet.noneOf(ControlId.class);
        List<RuleFiring> trace = new ArrayList<>();
        List<Effect> effects = new ArrayList<>();
        for (Rule rule : RULES) {
            var context = new RuleContext(facts, verdict == NhiVerdict.NHI, verdict != null, tier);
            var fired = rule.evaluate(context);
            if (fired.isEmpty()) {
                continue;
            }
            Effect effect = fired.get();
            if (effect.verdict() != null && (verdict == null || effect.verdict() == NhiVerdict.NHI)) {
                verdict = effect.verdict();
            }
            if (verdict != null && verdict != NhiVerdict.NHI) {
                // only identity rules (which come first) make an NHI, so from here on this is final
                effect = effect.tierAtMost(NON_NHI_TIER_CEILING);
            }
            autonomy = effect.autonomyAtLeast() == null ? autonomy : autonomy.max(effect.autonomyAtLeast());
            tier = effect.tierAtLeast() == null ? tier : tier.max(effect.tierAtLeast());
            controls.addAll(effect.controls());
            trace.add(new RuleFiring(rule.id(), rule.title(), rule.answerRefs(facts), effect.describe()));
            effects.add(effect);
        }
        return new Evaluation(new Classification(questionnaire.version(), verdict, autonomy, tier, List.copyOf(controls),
                trace, VerdictRules.unresolvedKeyQuestions(facts), questionnaire.ignoredAnswers(answers, relevant),
                facts.access(), facts.impacts()), List.copyOf(effects));
    }

    /// Convenience for the built-in questionnaire.
    public static Classification classify(Answers answers) {
        return classify(Questionnaire.builtIn(), answers);
    }

    /// Every rule in evaluation order.
    public static List<RuleInfo> rules() {
        return RULES.stream().map(r -> new RuleInfo(r.id(), r.title(), r.inputs())).toList();
    }
}
