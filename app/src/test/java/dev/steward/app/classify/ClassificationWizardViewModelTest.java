package dev.steward.app.classify;

import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.register.ClassificationOutcome;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationWizardViewModelTest {
    /// A read-only assistant whose every tool call a person approves.
    static final Map<String, Object> READ_ONLY = readOnlyAnswers();

    @TempDir
    Path dir;
    private Database database;
    private RegisterService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<ClassificationOutcome> outcomes = new ArrayList<>();
    private CheckedExecutor tasks;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("register"));
        service = new RegisterService(database, () -> "tester");
        service.loadSampleData();
        tasks = new CheckedExecutor().guard(database);
    }

    @AfterEach
    void close() {
        tasks.settle();
        tasks.shutdown(java.time.Duration.ofSeconds(10));
        database.close();
    }

    @Test
    void nextOnlyAdvancesOnceTheStepsRequiredQuestionsAreAnswered() {
        ClassificationWizardViewModel vm = wizard(activeIntegration(), Answers.empty());
        assertThat(vm.stepProperty().get()).isZero();
        assertThat(vm.canGoNextProperty().get()).isFalse();
        assertThat(vm.canGoBackProperty().get()).isFalse();
        vm.next();
        assertThat(vm.stepProperty().get()).isZero();

        vm.answer("local_only", "unknown");
        assertThat(vm.canGoNextProperty().get()).isTrue();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(1);
        assertThat(vm.missingInStep(1)).extracting(q -> q.id()).contains("authenticates", "credential_autonomy");
        vm.back();
        assertThat(vm.stepProperty().get()).isZero();
    }

    @Test
    void theVerdictAndItsReasonsFollowEveryAnswer() {
        ClassificationWizardViewModel vm = wizard(draftIntegration(), Answers.empty());
        assertThat(vm.liveProperty().get().verdict()).isEqualTo(NhiVerdict.UNDETERMINED);
        vm.answer("credential_autonomy", "yes");
        assertThat(vm.liveProperty().get().verdict()).isEqualTo(NhiVerdict.NHI);
        assertThat(vm.liveProperty().get().trace()).anySatisfy(f ->
                assertThat(f.answerRefs()).contains("credential_autonomy=yes"));
        vm.answer("credential_autonomy", null);
        assertThat(vm.liveProperty().get().verdict()).isEqualTo(NhiVerdict.UNDETERMINED);
    }

    @Test
    void answersTheRecordHoldsAreFilledInAndNoResultShowsUntilTheFirstAnswer() {
        Integration agent = unclassifiedActiveCopy();
        ClassificationWizardViewModel vm = wizard(agent, Answers.empty());
        assertThat(agent.credentials()).isNotEmpty();
        assertThat(agent.revocation().isDefined()).isTrue();
        Answers start = vm.answersProperty().get();
        assertThat(start.value("holds_secrets")).as("it has recorded credentials").contains("yes");
        assertThat(start.value("revocation_owner")).as("its revocation path names who may use it").contains("yes");
        assertThat(start.value("integration_kind")).isPresent();
        assertThat(start.value("local_only")).as("what the record does not say stays unanswered").isEmpty();
        assertThat(vm.resultShownProperty().get()).isFalse();
        vm.answer("local_only", "no");
        assertThat(vm.resultShownProperty().get()).isTrue();

        // earlier answers win over the record, and an earlier classification is shown at once
        ClassificationWizardViewModel again = wizard(agent, Answers.of(Map.of("holds_secrets", "no")));
        assertThat(again.answersProperty().get().value("holds_secrets")).contains("no");
        assertThat(again.resultShownProperty().get()).isTrue();
    }

    @Test
    void conditionalQuestionsAppearOnlyWhenRelevant() {
        ClassificationWizardViewModel vm = wizard(activeIntegration(), Answers.empty());
        var credentialOwner = vm.questionnaire().question("credential_owner").orElseThrow();
        assertThat(vm.isVisible(credentialOwner)).isFalse();
        vm.answer("vendor_managed", "yes");
        assertThat(vm.isVisible(credentialOwner)).isTrue();
        vm.answer("vendor_managed", "no");
        assertThat(vm.isVisible(credentialOwner)).isFalse();
    }

    @Test
    void savingStoresTheVersionAndAnEscalationMovesAnActiveRecordToReassessment() {
        Integration active = unclassifiedActiveCopy();
        ClassificationWizardViewModel first = completed(wizard(active, Answers.of(READ_ONLY)));
        first.save();
        tasks.settle();
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.getFirst().stored().questionnaireVersion()).isEqualTo(Questionnaire.builtIn().version());
        assertThat(outcomes.getFirst().movedToReassessment()).isFalse();
        assertThat(first.savedProperty().get()).isTrue();
        assertThat(first.canSaveProperty().get()).isFalse();

        // read-only gains write: a new review is due
        Integration current = service.integration(active.id()).orElseThrow();
        Answers previous = service.latestClassification(active.id()).orElseThrow().answers();
        ClassificationWizardViewModel second = completed(wizard(current, previous));
        second.answer("delegated_access", "write");
        second.answer("human_approves_each_action", "partial");
        assertThat(second.liveProperty().get().riskTier()).isGreaterThanOrEqualTo(RiskTier.HIGH);
        completed(second).save();
        tasks.settle();
        assertThat(outcomes).hasSize(2);
        assertThat(outcomes.get(1).movedToReassessment()).isTrue();
        assertThat(second.outcomeTextProperty().get()).contains("under reassessment");
        assertThat(service.integration(active.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.UNDER_REASSESSMENT);
        assertThat(service.classificationHistory(active.id())).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aKeyInTheNoteIsRefusedInWordsAPersonReadsAndNothingIsStored() {
        Integration active = activeIntegration();
        int before = service.classificationHistory(active.id()).size();
        ClassificationWizardViewModel vm = wizard(active, Answers.of(READ_ONLY));
        vm.answer("notes", "Test key " + "AKIA" + "IOSFODNN7EXAMPLE");
        completed(vm).save();
        tasks.settle();

        assertThat(dialogs.errors).singleElement().asString()
                .contains("\u201cAnything else a reviewer should know?\u201d looks like an AWS access key ID")
                .doesNotContain("answers.notes");
        assertThat(outcomes).isEmpty();
        assertThat(service.classificationHistory(active.id())).hasSize(before);
    }

    private ClassificationWizardViewModel completed(ClassificationWizardViewModel vm) {
        while (!vm.onResultStepProperty().get()) {
            assertThat(vm.canGoNextProperty().get()).as("step %s complete", vm.stepProperty().get()).isTrue();
            vm.next();
        }
        assertThat(vm.canSaveProperty().get()).isTrue();
        return vm;
    }

    private ClassificationWizardViewModel wizard(Integration integration, Answers previous) {
        return new ClassificationWizardViewModel(Questionnaire.builtIn(), integration, previous, service,
                tasks, dialogs, outcomes::add);
    }

    private Integration activeIntegration() {
        return service.integrations().stream().filter(i -> i.status() == LifecycleStatus.ACTIVE).findFirst().orElseThrow();
    }

    /// A new proposed assistant with no credentials recorded, never classified.
    private Integration draftIntegration() {
        Integration s = activeIntegration();
        return service.create(new Integration(0, 0, "Fresh assistant", s.purpose(), null, IntegrationKind.ASSISTANT_COPILOT,
                null, s.environments(), LifecycleStatus.PROPOSED, s.sponsorId(), s.technicalOwnerId(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, null, null));
    }

    /// An active integration that was never classified (every sample integration comes classified).
    private Integration unclassifiedActiveCopy() {
        Integration s = activeIntegration();
        return service.create(new Integration(0, 0, s.name() + " (copy)", s.purpose(), s.vendor(), s.kind(),
                s.pipelineRole(), s.environments(), LifecycleStatus.ACTIVE, s.sponsorId(), s.technicalOwnerId(),
                s.backupOwnerIds(), s.dataAccess(), s.tools(), List.of(), s.credentials(), s.revocation(), s.nextReview(),
                null, null));
    }

    private static Map<String, Object> readOnlyAnswers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("local_only", "no");
        answers.put("authenticates", "yes");
        answers.put("holds_secrets", "no");
        answers.put("credential_autonomy", "no");
        answers.put("credential_lifetime", "short_lived");
        answers.put("secrets_outside_manager", "no");
        answers.put("delegated_access", "read");
        answers.put("scope_breadth", "task_scoped");
        answers.put("calls_tools", "yes");
        answers.put("human_approves_each_action", "yes");
        answers.put("action_impact", List.of("draft_text", "read_data"));
        answers.put("acts_unattended", "no");
        answers.put("cross_saas_token_handoff", "no");
        answers.put("revocation_owner", "yes");
        answers.put("vendor_managed", "no");
        return answers;
    }
}
