package dev.steward.model.classification;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/// Property: making any single answer more dangerous never lowers the risk tier or the
/// autonomy level, and never takes away an NHI verdict.
class MonotonicityTest {
    private static final Questionnaire QUESTIONNAIRE = Questionnaire.builtIn();
    private static final int ANSWER_SETS = 600;

    @Test
    void moreDangerousAnswersNeverLowerTheOutcome() {
        Random random = new Random(20261101L); // fixed seed: failures must be reproducible
        int comparisons = 0;
        for (int i = 0; i < ANSWER_SETS; i++) {
            Answers answers = RandomAnswers.of(QUESTIONNAIRE, random, 5);
            Classification before = ClassificationEngine.classify(QUESTIONNAIRE, answers);
            for (Question question : QUESTIONNAIRE.questions()) {
                for (Object worse : DangerOrder.moreDangerous(question, answers)) {
                    Answers changed = answers.with(question.id(), worse);
                    Classification after = ClassificationEngine.classify(QUESTIONNAIRE, changed);
                    String why = question.id() + " -> " + worse + " from " + answers;
                    assertThat(after.riskTier()).as("tier, " + why).isGreaterThanOrEqualTo(before.riskTier());
                    assertThat(after.autonomyLevel()).as("autonomy, " + why).isGreaterThanOrEqualTo(before.autonomyLevel());
                    if (before.verdict() == NhiVerdict.NHI) {
                        assertThat(after.verdict()).as("verdict, " + why).isEqualTo(NhiVerdict.NHI);
                    }
                    comparisons++;
                }
            }
        }
        assertThat(comparisons).as("the property was exercised").isGreaterThan(ANSWER_SETS * 10);
    }

    @Test
    void everyOrderedQuestionHasADangerOrderCoveringItsOptions() {
        DangerOrder.RANKS.forEach((id, ranks) ->
                assertThat(ranks.keySet()).as(id).containsExactlyInAnyOrderElementsOf(
                        QUESTIONNAIRE.question(id).orElseThrow().allowedValues()));
    }
}
