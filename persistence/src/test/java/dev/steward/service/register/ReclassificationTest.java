package dev.steward.service.register;

import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.StaleRecordException;
import dev.steward.storage.StoredClassification;
import dev.steward.testing.FailOnAuditInsert;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Reclassification: escalations put approved integrations under reassessment, in one transaction.
class ReclassificationTest extends RegisterFixture {
    private static final Answers READ_ONLY = TestAnswers.of(TestAnswers.readOnlyCopilot());
    private static final Answers WRITING = TestAnswers.of(TestAnswers.writingAgent());

    @Test
    void activeIntegrationThatGainsWriteMovesToUnderReassessment() {
        Integration active = createFull("Ticket agent");
        service.classify(active.id(), active.version(), READ_ONLY);

        ClassificationOutcome outcome = actingAs("bob").classify(active.id(), active.version(), WRITING);

        assertThat(outcome.movedToReassessment()).isTrue();
        assertThat(outcome.escalationReasons()).contains("delegated access widened from read only to read and write",
                "autonomy rose from A1 Assistive to A3 Conditional", "risk tier rose from Low to High");
        assertThat(outcome.stored().escalated()).isTrue();
        assertThat(outcome.stored().escalationReasons()).isEqualTo(outcome.escalationReasons());
        Integration stored = service.integration(active.id()).orElseThrow();
        assertThat(stored).isEqualTo(outcome.integration());
        assertThat(stored.status()).isEqualTo(LifecycleStatus.UNDER_REASSESSMENT);
        assertThat(stored.version()).isEqualTo(active.version() + 1);
        assertThat(stored.updatedBy()).isEqualTo("bob");
        assertThat(stored.updatedAt()).isEqualTo(outcome.stored().at());
        assertThat(stored.withStatus(LifecycleStatus.ACTIVE).stored(active.id(), active.version(), null, null))
                .as("nothing but the status changed")
                .isEqualTo(active.stored(active.id(), active.version(), null, null));

        List<AuditEvent> classifyEvents = service.history(active.id()).stream()
                .filter(e -> e.action().equals(AuditLog.CLASSIFY) && e.actor().equals("bob")).toList();
        assertThat(classifyEvents).extracting(AuditEvent::field)
                .containsExactly(AuditLog.CLASSIFICATION_FIELD, "status");
        assertThat(classifyEvents.getFirst()).satisfies(e -> {
            assertThat(e.oldValue()).isEqualTo("verdict Non-human identity, autonomy A1 Assistive, tier Low");
            assertThat(e.newValue()).startsWith("verdict Non-human identity, autonomy A3 Conditional, tier High; escalated: ")
                    .contains("delegated access widened from read only to read and write");
        });
        assertThat(classifyEvents.get(1)).satisfies(e -> {
            assertThat(e.oldValue()).isEqualTo("ACTIVE");
            assertThat(e.newValue()).isEqualTo("UNDER_REASSESSMENT");
        });
    }

    @Test
    void furtherEscalationUnderReassessmentKeepsStatusAndVersion() {
        Integration active = createFull("Escalating twice");
        service.classify(active.id(), active.version(), READ_ONLY);
        Integration reassessed = service.classify(active.id(), active.version(), WRITING).integration();

        ClassificationOutcome again = service.classify(reassessed.id(), reassessed.version(),
                TestAnswers.with(TestAnswers.writingAgent(), "delegated_access", "admin"));

        assertThat(again.escalationReasons()).contains("delegated access widened from read and write to administrative");
        assertThat(again.movedToReassessment()).isFalse();
        assertThat(again.integration()).isEqualTo(reassessed);
        assertThat(service.integration(active.id()).orElseThrow()).isEqualTo(reassessed);
    }

    @Test
    void deEscalationOrSameAnswersLeaveTheStatusAlone() {
        Integration active = createFull("Calming down");
        service.classify(active.id(), active.version(), WRITING);

        ClassificationOutcome narrower = service.classify(active.id(), active.version(), READ_ONLY);
        ClassificationOutcome same = service.classify(active.id(), active.version(), READ_ONLY);

        for (ClassificationOutcome outcome : List.of(narrower, same)) {
            assertThat(outcome.movedToReassessment()).isFalse();
            assertThat(outcome.escalationReasons()).isEmpty();
            assertThat(outcome.stored().escalated()).isFalse();
            assertThat(outcome.integration()).isEqualTo(active);
        }
        assertThat(service.integration(active.id()).orElseThrow()).isEqualTo(active);
        assertThat(service.classificationHistory(active.id())).hasSize(3);
        assertThat(service.history(active.id()).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.CLASSIFY);
            assertThat(e.field()).isEqualTo(AuditLog.CLASSIFICATION_FIELD);
            assertThat(e.oldValue()).isEqualTo("verdict Non-human identity, autonomy A1 Assistive, tier Low");
            assertThat(e.newValue()).isEqualTo("verdict Non-human identity, autonomy A1 Assistive, tier Low");
        });
    }

    @Test
    void firstClassificationIsNeverAnEscalation() {
        Integration active = createFull("First look");

        ClassificationOutcome outcome = service.classify(active.id(), active.version(), WRITING);

        assertThat(outcome.escalationReasons()).isEmpty();
        assertThat(outcome.movedToReassessment()).isFalse();
        assertThat(service.integration(active.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.ACTIVE);
        assertThat(service.history(active.id()).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.CLASSIFY);
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).isEqualTo("verdict Non-human identity, autonomy A3 Conditional, tier High");
        });
    }

    @Test
    void proposedIntegrationThatEscalatesStaysProposedButTheRowIsMarked() {
        Integration proposed = service.create(TestRegisters.minimal("Still a proposal",
                IntegrationKind.AUTONOMOUS_AGENT));
        service.classify(proposed.id(), proposed.version(), READ_ONLY);

        ClassificationOutcome outcome = service.classify(proposed.id(), proposed.version(), WRITING);

        assertThat(outcome.movedToReassessment()).isFalse();
        assertThat(outcome.stored().escalated()).isTrue();
        assertThat(outcome.stored().escalationReasons()).contains("delegated access widened from read only to read and write");
        assertThat(service.integration(proposed.id()).orElseThrow()).isEqualTo(proposed);
        assertThat(service.history(proposed.id()).getFirst().newValue()).contains("escalated: ");
    }

    @Test
    void suspendedIntegrationThatEscalatesStaysSuspended() {
        Integration suspended = service.update(createFull("Switched off").withStatus(LifecycleStatus.SUSPENDED));
        service.classify(suspended.id(), suspended.version(), READ_ONLY);

        ClassificationOutcome outcome = service.classify(suspended.id(), suspended.version(), WRITING);

        assertThat(outcome.stored().escalated()).isTrue();
        assertThat(outcome.movedToReassessment()).isFalse();
        assertThat(service.integration(suspended.id()).orElseThrow()).isEqualTo(suspended);
    }

    @Test
    void previousAnswersAreJudgedByTodaysRules() {
        Integration active = createFull("Rules changed");
        // The previous row as lenient older rules stored it: today's engine rates the same answers higher.
        Classification lenient = new Classification("2025.01-1", classify(READ_ONLY).verdict(),
                AutonomyLevel.A0_NONE, RiskTier.MINIMAL, List.of(), List.of(), List.of(), List.of(),
                classify(READ_ONLY).delegatedAccess(), classify(READ_ONLY).actionImpacts());
        db.dsl().transaction(tx -> new ClassificationRepository(tx.dsl())
                .insert(active.id(), READ_ONLY, lenient, List.of(), active.updatedAt(), "migration"));

        ClassificationOutcome outcome = service.classify(active.id(), active.version(), READ_ONLY);

        assertThat(outcome.stored().riskTier()).isEqualTo(RiskTier.LOW);
        assertThat(outcome.escalationReasons()).as("same answers, so no escalation").isEmpty();
        assertThat(service.integration(active.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.ACTIVE);
    }

    @Test
    void staleVersionIsRefusedAndNothingIsStored() {
        Integration active = createFull("Raced");
        Integration renamed = actingAs("bob").update(TestRegisters.renamed(active, "Raced, renamed"));
        int eventsBefore = service.history(active.id()).size();

        assertThatThrownBy(() -> service.classify(active.id(), active.version(), READ_ONLY))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(active.version());
                    assertThat(e.actualVersion()).isEqualTo(renamed.version());
                    assertThat(e.changedBy()).isEqualTo("bob");
                });
        assertThat(service.classificationHistory(active.id())).isEmpty();
        assertThat(service.history(active.id())).hasSize(eventsBefore);
    }

    @Test
    void unknownIntegrationIsNotFound() {
        assertThatThrownBy(() -> service.classify(424242, 1, READ_ONLY))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(service.latestClassifications()).isEmpty();
    }

    @Test
    void retiredIntegrationIsRefusedAndNothingIsStored() {
        Integration active = createFull("Gone");
        Integration retired = service.retire(active.id(), active.version());
        int eventsBefore = service.history(active.id()).size();

        assertThatThrownBy(() -> service.classify(retired.id(), retired.version(), READ_ONLY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new ValidationProblem("status", "Retired integrations cannot be reclassified")));
        assertThat(service.classificationHistory(active.id())).isEmpty();
        assertThat(service.history(active.id())).hasSize(eventsBefore);
    }

    @Test
    void answersThatDoNotFitTheQuestionnaireAreRefusedWithEveryProblem() {
        Integration active = createFull("Bad answers");
        Answers wrong = TestAnswers.with(TestAnswers.with(TestAnswers.readOnlyCopilot(), "calls_tools", "maybe")
                .asMap(), "calls_tool", "yes");

        assertThatThrownBy(() -> service.classify(active.id(), active.version(), wrong))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field)
                        .containsExactlyInAnyOrder("answers.calls_tools", "answers.calls_tool"))
                .hasMessageContaining("did you mean \"calls_tools\"");
        assertThat(service.classificationHistory(active.id())).isEmpty();
    }

    @Test
    void failureAfterTheInsertRollsEverythingBack() throws Exception {
        Integration active = createFull("Half classified");
        StoredClassification first = service.classify(active.id(), active.version(), READ_ONLY).stored();
        List<AuditEvent> logBefore = service.recentActivity(1000);
        installFailingAuditTrigger();

        // Audit events are written last, after the classification row and the status change.
        assertThatThrownBy(() -> service.classify(active.id(), active.version(), WRITING))
                .hasStackTraceContaining("forced failure while writing the audit log");

        assertThat(service.classificationHistory(active.id())).containsExactly(first);
        assertThat(service.integration(active.id()).orElseThrow()).isEqualTo(active);
        assertThat(service.recentActivity(1000)).isEqualTo(logBefore);
    }

    private void installFailingAuditTrigger() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW CALL \""
                    + FailOnAuditInsert.class.getName() + "\"");
        }
    }

    private static Classification classify(Answers answers) {
        return ClassificationEngine.classify(Questionnaire.builtIn(), answers);
    }
}
