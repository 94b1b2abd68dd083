package dev.steward.model.attestation;

import dev.steward.model.classification.RiskTier;
import dev.steward.model.testing.IntegrationFixture;
import dev.steward.model.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.steward.model.attestation.AttestationFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class AttestationRulesTest {
    @Test
    void completeAssessmentsWithOwnersCanBeSubmitted() {
        var f = new AttestationFixture(RiskTier.CRITICAL);
        assertEquals(List.of(), AttestationRules.submissionProblems(f.integration, f.applicable, f.assessments));
        assertTrue(AttestationRules.canSubmit(f.snapshot(REVIEWER, NOW)));
    }

    @Test
    void everyApplicableControlNeedsAStatusAndNotApplicableNeedsAReason() {
        var f = new AttestationFixture(RiskTier.CRITICAL);
        List<ControlAssessment> changed = new ArrayList<>(f.assessments);
        var first = changed.removeFirst();
        changed.set(0, changed.getFirst().withStatus(AssessmentStatus.NOT_APPLICABLE, "   "));
        var second = changed.getFirst().control();

        List<String> fields = AttestationRules.submissionProblems(f.integration, f.applicable, changed).stream()
                .map(ValidationProblem::field).toList();

        assertEquals(List.of("controls[" + first.control().code() + "].status",
                "controls[" + second.code() + "].justification"), fields);
        changed.set(0, changed.getFirst().withStatus(AssessmentStatus.NOT_APPLICABLE, "No vendor involved."));
        changed.add(first);
        assertTrue(AttestationRules.canSubmit(f.integration, f.applicable, changed));
    }

    @Test
    void sponsorAndTechnicalOwnerAreRequired() {
        var f = new AttestationFixture(IntegrationFixture.valid().with(i -> {
            i.sponsorId = null;
            i.technicalOwnerId = null;
        }).build(), RiskTier.LOW);
        var snapshot = f.snapshot(REVIEWER, NOW);
        assertEquals(List.of("sponsorId", "technicalOwnerId"),
                AttestationRules.submissionProblems(snapshot).stream().map(ValidationProblem::field).toList());
        var e = assertThrows(IllegalTransitionException.class, () -> f.draft().submit(REVIEWER, snapshot));
        assertTrue(e.getMessage().contains("technical owner"), e.getMessage());
    }

    @Test
    void signingProblemsExplainWhySignIsDisabled() {
        var f = new AttestationFixture(RiskTier.LOW);
        assertEquals(List.of("state"), fields(AttestationRules.signingProblems(f.draft(), MANAGER)));
        assertEquals(List.of("signer"), fields(AttestationRules.signingProblems(f.submitted(), REVIEWER)));
        assertEquals(List.of("signer"), fields(AttestationRules.signingProblems(f.submitted(), AUDITOR)));
        assertEquals(List.of(), fields(AttestationRules.signingProblems(f.submitted(), MANAGER)));
    }

    private static List<String> fields(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::field).toList();
    }
}
