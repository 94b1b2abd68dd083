package dev.steward.model.dashboard;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardCountsTest {

    @Test
    void countsLiveIntegrationsByVerdictAndTierAndAllByStatus() {
        Integration a = integration(1, LifecycleStatus.ACTIVE);
        Integration b = integration(2, LifecycleStatus.ACTIVE);
        Integration c = integration(3, LifecycleStatus.PROPOSED);
        Integration retired = integration(4, LifecycleStatus.RETIRED);
        Classification undetermined = ClassificationEngine.classify(Answers.empty());

        DashboardCounts counts = DashboardCounts.of(List.of(a, b, c, retired),
                Map.of(1L, Rating.of(undetermined), 2L, Rating.of(undetermined), 4L, Rating.of(undetermined)));

        assertThat(counts.status(LifecycleStatus.ACTIVE)).isEqualTo(2);
        assertThat(counts.status(LifecycleStatus.PROPOSED)).isEqualTo(1);
        assertThat(counts.status(LifecycleStatus.RETIRED)).isEqualTo(1);
        assertThat(counts.verdict(undetermined.verdict())).isEqualTo(2);
        assertThat(counts.tier(undetermined.riskTier())).isEqualTo(2);
        assertThat(counts.unclassified()).isEqualTo(1);
        int otherVerdicts = 0;
        for (NhiVerdict v : NhiVerdict.values()) {
            if (v != undetermined.verdict()) {
                otherVerdicts += counts.verdict(v);
            }
        }
        assertThat(otherVerdicts).isZero();
    }

    private static Integration integration(long id, LifecycleStatus status) {
        IntegrationFixture f = new IntegrationFixture();
        f.id = id;
        f.status = status;
        return f.build();
    }
}
