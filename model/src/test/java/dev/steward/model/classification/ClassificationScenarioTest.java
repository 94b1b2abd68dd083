package dev.steward.model.classification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// The scenario table: every rule and every edge case named in the issue, as rows.
class ClassificationScenarioTest {
    private static final Questionnaire QUESTIONNAIRE = Questionnaire.builtIn();

    static List<Scenario> scenarios() {
        return Stream.concat(VerdictScenarios.all().stream(), RiskScenarios.all().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void classifiesScenario(Scenario scenario) {
        assertThat(QUESTIONNAIRE.validate(scenario.answers())).as("scenario answers are valid").isEmpty();

        Classification result = ClassificationEngine.classify(QUESTIONNAIRE, Answers.of(scenario.answers()));

        assertThat(result.verdict()).as("verdict; trace %s", result.trace()).isEqualTo(scenario.verdict());
        assertThat(result.autonomyLevel()).as("autonomy; trace %s", result.trace()).isEqualTo(scenario.autonomy());
        assertThat(result.riskTier()).as("tier; trace %s", result.trace()).isEqualTo(scenario.tier());
        assertThat(result.requiredControls()).containsAll(scenario.controls());
        assertThat(result.firedRuleIds()).containsAll(scenario.firedRules());
        scenario.silentRules().forEach(rule -> assertThat(result.firedRuleIds()).doesNotContain(rule));
        assertThat(result.questionnaireVersion()).isEqualTo(QUESTIONNAIRE.version());
    }

    @Test
    void theTableIsBigEnough() {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(scenarios().stream().map(Scenario::name).distinct()).hasSameSizeAs(scenarios());
    }

    @Test
    void scenariosOnlyNameRealRules() {
        Set<String> known = ClassificationEngine.rules().stream().map(RuleInfo::id).collect(Collectors.toSet());
        scenarios().forEach(s -> assertThat(known).as(s.name()).containsAll(s.firedRules()).containsAll(s.silentRules()));
    }

    @Test
    void everyRuleFiresInSomeScenario() {
        Set<String> fired = scenarios().stream()
                .flatMap(s -> ClassificationEngine.classify(QUESTIONNAIRE, Answers.of(s.answers())).firedRuleIds().stream())
                .collect(Collectors.toSet());
        assertThat(fired).containsAll(ClassificationEngine.rules().stream().map(RuleInfo::id).toList());
    }

    @Test
    void whatItIsCalledNeverChangesTheOutcome() {
        List<String> kinds = QUESTIONNAIRE.question(QuestionIds.INTEGRATION_KIND).orElseThrow().allowedValues();
        for (Scenario scenario : scenarios()) {
            Answers answers = Answers.of(scenario.answers());
            Classification reference = ClassificationEngine.classify(QUESTIONNAIRE, answers.without(QuestionIds.INTEGRATION_KIND));
            for (String kind : kinds) {
                Classification renamed = ClassificationEngine.classify(QUESTIONNAIRE, answers.with(QuestionIds.INTEGRATION_KIND, kind));
                assertThat(renamed.verdict()).as(scenario.name() + " as " + kind).isEqualTo(reference.verdict());
                assertThat(renamed.riskTier()).as(scenario.name() + " as " + kind).isEqualTo(reference.riskTier());
                assertThat(renamed.requiredControls()).as(scenario.name() + " as " + kind).isEqualTo(reference.requiredControls());
            }
        }
    }

    @Test
    void everyNhiActsAtLeastAssistivelyAndIsAtLeastLow() {
        for (Scenario scenario : scenarios()) {
            Classification result = ClassificationEngine.classify(QUESTIONNAIRE, Answers.of(scenario.answers()));
            if (result.verdict() == NhiVerdict.NHI) {
                assertThat(result.autonomyLevel()).as(scenario.name()).isGreaterThanOrEqualTo(AutonomyLevel.A1_ASSISTIVE);
                assertThat(result.riskTier()).as(scenario.name()).isGreaterThanOrEqualTo(RiskTier.LOW);
            }
        }
    }
}
