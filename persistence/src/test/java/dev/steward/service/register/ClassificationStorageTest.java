package dev.steward.service.register;

import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.Database;
import dev.steward.storage.StoredClassification;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.SteppingClock;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.DelegatedAccess;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.classification.RuleFiring;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// Classifications are stored with their questionnaire version and read back as they were written.
class ClassificationStorageTest extends RegisterFixture {
    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    @BeforeEach
    void steppingClock() {
        service = new RegisterService(db, () -> "alice", new SteppingClock(START));
    }

    @Test
    void firstClassificationIsStoredAndReadBackFaithfully() {
        Integration copilot = service.create(TestRegisters.minimal("Ticket copilot",
                IntegrationKind.ASSISTANT_COPILOT));
        Answers answers = TestAnswers.of(TestAnswers.readOnlyCopilot());
        Classification expected = ClassificationEngine.classify(Questionnaire.builtIn(), answers);

        ClassificationOutcome outcome = service.classify(copilot.id(), copilot.version(), answers);
        StoredClassification read = service.latestClassification(copilot.id()).orElseThrow();

        assertThat(read).isEqualTo(outcome.stored());
        assertThat(read.integrationId()).isEqualTo(copilot.id());
        assertThat(read.questionnaireVersion()).isEqualTo(Questionnaire.builtIn().version()).isNotBlank();
        assertThat(read.answers()).isEqualTo(answers);
        assertThat(read.answers().asMap().keySet()).as("answer order is kept")
                .containsExactlyElementsOf(answers.asMap().keySet());
        assertThat(read.answers().selections("action_impact")).containsExactly("draft_text", "read_data");
        assertThat(read.answers().value("notes")).contains("Zoë's team in Kraków — 東京 pilot");
        assertThat(read.verdict()).isEqualTo(NhiVerdict.NHI);
        assertThat(read.autonomyLevel()).isEqualTo(AutonomyLevel.A1_ASSISTIVE);
        assertThat(read.riskTier()).isEqualTo(RiskTier.LOW);
        assertThat(read.requiredControls()).isEqualTo(expected.requiredControls())
                .contains(ControlId.WORKLOAD_IDENTITY, ControlId.LEAST_PRIVILEGE_REVIEW,
                        ControlId.REGISTERED_OWNER_SPONSOR);
        assertThat(read.trace()).isEqualTo(expected.trace()).isNotEmpty();
        assertThat(read.trace()).extracting(RuleFiring::ruleId).contains("R02-authenticates", "R12-nhi-baseline");
        assertThat(read.escalated()).isFalse();
        assertThat(read.escalationReasons()).isEmpty();
        assertThat(read.at()).isEqualTo(START.plusSeconds(60)); // the first minute went to create()
        assertThat(read.by()).isEqualTo("alice");
        assertThat(outcome.integration()).isEqualTo(copilot);
        assertThat(outcome.movedToReassessment()).isFalse();
    }

    @Test
    void historyIsKeptNewestFirstAndSurvivesReopening() {
        Integration agent = service.create(TestRegisters.minimal("Growing agent", IntegrationKind.AUTONOMOUS_AGENT));
        Answers first = TestAnswers.of(TestAnswers.readOnlyCopilot());
        Answers second = TestAnswers.of(TestAnswers.writingAgent());
        Answers third = TestAnswers.with(TestAnswers.writingAgent(), "delegated_access", "admin");
        service.classify(agent.id(), agent.version(), first);
        service.classify(agent.id(), agent.version(), second);
        service.classify(agent.id(), agent.version(), third);
        List<StoredClassification> before = service.classificationHistory(agent.id());

        db.close();
        db = Database.open(dir.resolve("register"));
        service = new RegisterService(db, () -> "alice");
        List<StoredClassification> after = service.classificationHistory(agent.id());

        assertThat(after).isEqualTo(before).hasSize(3);
        assertThat(after).extracting(StoredClassification::answers).containsExactly(third, second, first);
        assertThat(after).extracting(StoredClassification::at).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(after.getFirst().requiredControls()).isEqualTo(classify(third).requiredControls());
        assertThat(after.get(1).riskTier()).isEqualTo(RiskTier.HIGH);
        assertThat(after.get(1).autonomyLevel()).isEqualTo(AutonomyLevel.A3_CONDITIONAL);
        assertThat(after.get(1).escalationReasons()).contains("delegated access widened from read only to read and write");
        assertThat(service.latestClassification(agent.id())).contains(after.getFirst());
    }

    @Test
    void aStoredRowIsASnapshotNotARecomputation() {
        Integration legacy = service.create(TestRegisters.minimal("Legacy", IntegrationKind.AUTONOMOUS_AGENT));
        Answers answers = TestAnswers.of(TestAnswers.writingAgent());
        // As an older rule set might have judged these answers: nothing like what today's engine says.
        Classification olderRules = new Classification("2025.01-1", NhiVerdict.UNDETERMINED,
                AutonomyLevel.A0_NONE, RiskTier.MINIMAL, List.of(ControlId.ACTIVITY_LOGGING),
                List.of(new RuleFiring("R99-retired-rule", "A rule that no longer exists",
                        List.of("calls_tools=yes"), "Old effect")),
                List.of("authenticates"), List.of(), DelegatedAccess.UNKNOWN, Set.of());
        db.dsl().transaction(tx -> new ClassificationRepository(tx.dsl())
                .insert(legacy.id(), answers, olderRules, List.of(), START, "migration"));

        StoredClassification read = service.latestClassification(legacy.id()).orElseThrow();

        assertThat(read.questionnaireVersion()).isEqualTo("2025.01-1");
        assertThat(read.verdict()).isEqualTo(NhiVerdict.UNDETERMINED);
        assertThat(read.autonomyLevel()).isEqualTo(AutonomyLevel.A0_NONE);
        assertThat(read.riskTier()).isEqualTo(RiskTier.MINIMAL);
        assertThat(read.requiredControls()).containsExactly(ControlId.ACTIVITY_LOGGING);
        assertThat(read.trace()).containsExactly(new RuleFiring("R99-retired-rule", "A rule that no longer exists",
                List.of("calls_tools=yes"), "Old effect"));
        assertThat(read.answers()).isEqualTo(answers);
    }

    @Test
    void latestClassificationsHoldTheNewestPerClassifiedIntegration() {
        Integration once = service.create(TestRegisters.minimal("Classified once", IntegrationKind.ASSISTANT_COPILOT));
        Integration twice = service.create(TestRegisters.minimal("Classified twice", IntegrationKind.AUTONOMOUS_AGENT));
        Integration never = service.create(TestRegisters.minimal("Never classified", IntegrationKind.MCP_SERVER));
        service.classify(once.id(), once.version(), TestAnswers.of(TestAnswers.writingAgent()));
        service.classify(twice.id(), twice.version(), TestAnswers.of(TestAnswers.readOnlyCopilot()));
        ClassificationOutcome newest = service.classify(twice.id(), twice.version(),
                TestAnswers.of(TestAnswers.writingAgent()));

        Map<Long, StoredClassification> latest = service.latestClassifications();

        assertThat(latest).containsOnlyKeys(once.id(), twice.id()).doesNotContainKey(never.id());
        assertThat(latest.get(twice.id())).isEqualTo(newest.stored());
        assertThat(latest.get(twice.id()).riskTier()).isEqualTo(RiskTier.HIGH);
        assertThat(latest.get(once.id())).isEqualTo(service.latestClassification(once.id()).orElseThrow());
    }

    @Test
    void rowsStampedAtTheSameInstantAreOrderedByInsertion() {
        Integration agent = service.create(TestRegisters.minimal("Same instant", IntegrationKind.AUTONOMOUS_AGENT));
        Answers older = TestAnswers.of(TestAnswers.readOnlyCopilot());
        Answers newer = TestAnswers.of(TestAnswers.writingAgent());
        db.dsl().transaction(tx -> {
            ClassificationRepository repository = new ClassificationRepository(tx.dsl());
            repository.insert(agent.id(), older, classify(older), List.of(), START, "alice");
            repository.insert(agent.id(), newer, classify(newer), List.of(), START, "alice");
        });

        assertThat(service.classificationHistory(agent.id())).extracting(StoredClassification::answers)
                .containsExactly(newer, older);
        assertThat(service.latestClassification(agent.id()).orElseThrow().answers()).isEqualTo(newer);
        assertThat(service.latestClassifications().get(agent.id()).answers()).isEqualTo(newer);
    }

    @Test
    void nothingClassifiedReadsAsEmpty() {
        Integration fresh = service.create(TestRegisters.minimal("Fresh", IntegrationKind.ASSISTANT_COPILOT));

        assertThat(service.latestClassification(fresh.id())).isEmpty();
        assertThat(service.classificationHistory(fresh.id())).isEmpty();
        assertThat(service.latestClassifications()).isEmpty();
    }

    private static Classification classify(Answers answers) {
        return ClassificationEngine.classify(Questionnaire.builtIn(), answers);
    }
}
