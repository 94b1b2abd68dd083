package dev.steward.model.sample;

import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.sample.SampleClassifications.AttestationPlan;
import dev.steward.model.sample.SampleClassifications.Plan;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SampleClassificationsTest {
    private static final List<Integration> INTEGRATIONS = SampleRegister.integrations(email -> 1L, LocalDate.of(2026, 12, 2));
    private static final Map<String, Classification> RESULTS = SampleClassifications.all().stream()
            .collect(Collectors.toMap(Plan::integrationName, p -> ClassificationEngine.classify(p.parsedAnswers())));

    @Test
    void everySampleIntegrationButTheRetiredOneHasAPlanWithValidAnswers() {
        Map<String, Integration> byName = INTEGRATIONS.stream().collect(Collectors.toMap(Integration::name, Function.identity()));
        assertThat(SampleClassifications.all()).extracting(Plan::integrationName).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(byName).containsKey(name));
        assertThat(INTEGRATIONS).filteredOn(i -> !i.isRetired())
                .allSatisfy(i -> assertThat(SampleClassifications.forIntegration(i.name())).as(i.name()).isPresent());
        SampleClassifications.all().forEach(p -> {
            assertThat(Questionnaire.builtIn().validate(p.answers())).as(p.integrationName()).isEmpty();
            assertThat(Questionnaire.builtIn().ignoredAnswers(p.parsedAnswers())).as(p.integrationName()).isEmpty();
        });
    }

    @Test
    void theClassificationsUseEveryVerdictTierAndAutonomyLevel() {
        assertThat(RESULTS.values()).extracting(Classification::verdict).contains(NhiVerdict.values());
        assertThat(RESULTS.values()).extracting(Classification::riskTier).contains(RiskTier.values());
        assertThat(RESULTS.values()).extracting(Classification::autonomyLevel).contains(AutonomyLevel.values());
        assertThat(RESULTS.values()).allSatisfy(c -> assertThat(c.trace()).isNotEmpty());
    }

    @Test
    void attestationsAreOnlyPlannedWhereTheyApplyAndCoverEveryPlan() {
        assertThat(SampleClassifications.all()).extracting(Plan::attestation).contains(AttestationPlan.values());
        Map<String, Integration> byName = INTEGRATIONS.stream().collect(Collectors.toMap(Integration::name, Function.identity()));
        SampleClassifications.all().stream().filter(p -> p.attestation() != AttestationPlan.NONE).forEach(p -> {
            Integration i = byName.get(p.integrationName());
            assertThat(i.sponsorId()).as(p.integrationName()).isNotNull();
            assertThat(i.technicalOwnerId()).as(p.integrationName()).isNotNull();
        });
    }
}
