package dev.steward.app.editor;

import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationEditorViewModelTest {
    @TempDir
    Path dir;
    private Database database;
    private RegisterService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final List<Integration> saved = new ArrayList<>();
    private EditorContext context;
    private CheckedExecutor tasks;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("register"));
        service = new RegisterService(database, () -> "tester");
        tasks = new CheckedExecutor().guard(database);
        context = new EditorContext(service, tasks, dialogs, people, saved::add, people::add, mayEdit);
    }

    @AfterEach
    void close() {
        tasks.settle();
        tasks.shutdown(Duration.ofSeconds(10));
        database.close();
    }

    private final javafx.beans.property.SimpleBooleanProperty mayEdit = new javafx.beans.property.SimpleBooleanProperty(true);

    @Test
    void aUserWhoMayNotEditSeesTheRecordButCannotSave() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        vm.name.set("Read only viewer test");
        vm.purpose.set("Checks that a reader cannot save");
        assertThat(vm.canSaveProperty().get()).isTrue();
        mayEdit.set(false);
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.notAllowedProperty().get()).isTrue();
    }

    @Test
    void saveStaysDisabledUntilTheFormIsValidAndChanged() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problems()).extracting(ValidationProblem::field).contains("name");

        vm.name.set("Contract review agent");
        assertThat(vm.canSaveProperty().get()).isFalse();
        vm.purpose.set("Flags risky clauses in supplier contracts");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.canSaveProperty().get()).isTrue();

        vm.save();
        tasks.settle();
        assertThat(saved).singleElement().satisfies(i -> {
            assertThat(i.id()).isPositive();
            assertThat(i.version()).isEqualTo(1);
        });
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(service.integrations()).extracting(Integration::name).containsExactly("Contract review agent");
    }

    /// The stored people are read with the save, on the worker; the follow-up used to read them on the UI
    /// thread, freezing the editor while the register was busy.
    @Test
    void aSaveReadsThePeopleOnTheWorkerNotOnTheUiThread() {
        Person sponsor = service.savePerson(Person.draft("Ada Sponsor", "ada@example.com", "CFO", "Finance"));
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        vm.name.set("Invoice matcher");
        vm.purpose.set("Matches invoices to orders");
        vm.sponsor.set(sponsor);
        vm.save();
        tasks.settle();
        assertThat(tasks.violations()).isEmpty();
        assertThat(saved).singleElement().satisfies(i -> assertThat(i.sponsorId()).isEqualTo(sponsor.id()));
        assertThat(vm.sponsor.get()).isEqualTo(sponsor);
        assertThat(vm.dirtyProperty().get()).isFalse();
    }

    @Test
    void aPastedSecretIsRefusedWithTheFieldNamed() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        vm.name.set("Repo bot");
        vm.purpose.set("uses token ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5");
        assertThat(vm.canSaveProperty().get()).isFalse();
        assertThat(vm.problems()).anySatisfy(p -> {
            assertThat(p.field()).isEqualTo("purpose");
            assertThat(p.message()).containsIgnoringCase("GitHub");
        });
    }

    @Test
    void pipelineComponentsNeedARoleAndABadDurationIsReported() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        vm.name.set("Planner");
        vm.purpose.set("Breaks requests into tasks");
        vm.kind.set(IntegrationKind.PIPELINE_COMPONENT);
        assertThat(vm.problems()).extracting(ValidationProblem::field).contains("pipelineRole");
        vm.pipelineRole.set(PipelineRole.PLANNER);
        assertThat(vm.problems()).isEmpty();

        vm.targetTime.set("soon");
        assertThat(vm.problems()).extracting(ValidationProblem::field).containsExactly("revocation.targetTime");
        vm.targetTime.set("15m");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.toIntegration().revocation().targetTime()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void editingKeepsListsAndOffersOnlyAllowedStatuses() {
        Integration stored = service.create(draft("Doc summariser"));
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, stored);
        tasks.settle();
        assertThat(vm.allowedStatuses).contains(LifecycleStatus.PROPOSED, LifecycleStatus.IN_REVIEW)
                .doesNotContain(LifecycleStatus.ACTIVE);
        vm.credentials.add(new Credential("Graph API client", CredentialType.OAUTH_CLIENT_REFRESH_TOKEN,
                SecretStorage.SECRETS_MANAGER, Duration.ofDays(90), null, 30));
        vm.save();
        tasks.settle();
        Integration reloaded = service.integration(stored.id()).orElseThrow();
        assertThat(reloaded.version()).isEqualTo(2);
        assertThat(reloaded.credentials()).singleElement().satisfies(c -> assertThat(c.rotationIntervalDays()).isEqualTo(30));
    }

    @Test
    void theSecondOfTwoWindowsGetsAConflictAndKeepsItsEdits() {
        Integration stored = service.create(draft("Shared record"));
        IntegrationEditorViewModel first = new IntegrationEditorViewModel(context, stored);
        tasks.settle();
        IntegrationEditorViewModel second = new IntegrationEditorViewModel(context, stored);
        tasks.settle();

        first.purpose.set("First window's purpose");
        first.save();
        tasks.settle();
        second.purpose.set("Second window's purpose");
        second.save();
        tasks.settle();

        assertThat(second.conflictProperty().get()).contains("tester").containsIgnoringCase("reload");
        assertThat(second.purpose.get()).isEqualTo("Second window's purpose");
        assertThat(second.dirtyProperty().get()).isTrue();
        assertThat(service.integration(stored.id()).orElseThrow().purpose()).isEqualTo("First window's purpose");

        second.reloadFromStore();
        tasks.settle();
        assertThat(second.conflictProperty().get()).isEmpty();
        assertThat(second.purpose.get()).isEqualTo("First window's purpose");
        second.purpose.set("Second window, after reload");
        second.save();
        tasks.settle();
        assertThat(service.integration(stored.id()).orElseThrow().purpose()).isEqualTo("Second window, after reload");
    }

    @Test
    void aNewPersonIsStoredAndAssigned() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        vm.personCreated(vm.storePerson(Person.draft("Zoë Okafor", "zoe@example.com", "Head of Finance Ops", "Finance")),
                vm.sponsor::set);
        assertThat(vm.sponsor.get()).isNotNull();
        assertThat(vm.sponsor.get().id()).isPositive();
        assertThat(people).extracting(Person::name).containsExactly("Zoë Okafor");
        assertThat(service.people()).extracting(Person::email).containsExactly("zoe@example.com");
    }

    @Test
    void closingWithUnsavedChangesAsks() {
        IntegrationEditorViewModel vm = new IntegrationEditorViewModel(context, null);
        tasks.settle();
        assertThat(vm.confirmClose()).isTrue();
        assertThat(dialogs.confirmations).isEmpty();
        vm.name.set("Something");
        dialogs.answer = false;
        assertThat(vm.confirmClose()).isFalse();
        assertThat(dialogs.confirmations).hasSize(1);
    }

    private static Integration draft(String name) {
        Integration d = Integration.draft(name, IntegrationKind.ASSISTANT_COPILOT);
        return new Integration(0, 0, name, "Purpose of " + name, null, d.kind(), null, null, d.status(),
                null, null, null, null, null, null, null, null, null, null, null);
    }
}
