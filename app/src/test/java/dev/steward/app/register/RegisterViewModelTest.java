package dev.steward.app.register;

import dev.steward.app.paging.PagedRows;
import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.sample.SampleRegister;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// The register view model against a real H2 file, with background work on a second thread.
class RegisterViewModelTest {
    @TempDir
    Path dir;
    private Database database;
    private RegisterService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private RegisterViewModel vm;
    private CheckedExecutor tasks;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("register"));
        service = new RegisterService(database, () -> "tester");
        tasks = new CheckedExecutor().guard(database);
        vm = new RegisterViewModel(tasks, dialogs);
    }

    @AfterEach
    void close() {
        tasks.settle();
        tasks.shutdown(java.time.Duration.ofSeconds(10));
        database.close();
    }

    @Test
    void notLoadedUntilTheDatabaseIsAttached() {
        assertThat(vm.loadedProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isTrue();
        vm.attach(service, "somewhere");
        tasks.settle();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("The register is empty.");
    }

    @Test
    void busyEndsOnlyOnceTheRowsAreShown() {
        service.create(withPurpose(Integration.draft("Alpha agent", IntegrationKind.AUTONOMOUS_AGENT), "One"));
        // rows shown each time the view model stops being busy (and -1 while not loaded)
        java.util.List<Integer> shownWhenIdle = new java.util.ArrayList<>();
        vm.busyProperty().addListener((obs, was, busy) -> {
            if (!busy) {
                shownWhenIdle.add(vm.loadedProperty().get() ? vm.visibleRows().size() : -1);
            }
        });
        vm.attach(service, "somewhere");
        tasks.settle();
        vm.reload();
        tasks.settle();
        vm.loadSampleData();
        tasks.settle();
        int sample = SampleRegister.integrations(email -> 0L).size();
        assertThat(shownWhenIdle).containsExactly(1, 1, 1 + sample);
    }

    @Test
    void rowsReadBeforeTheWindowWasReadyAreShownUnlessTheSearchChangedMeanwhile() {
        service.create(withPurpose(Integration.draft("Alpha agent", IntegrationKind.AUTONOMOUS_AGENT), "One"));
        service.create(withPurpose(Integration.draft("Beta agent", IntegrationKind.AUTONOMOUS_AGENT), "Two"));
        RegisterViewModel.FirstLoad first = RegisterViewModel.firstLoad(service);
        vm.attach(service, "somewhere", first);
        tasks.settle();
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Alpha agent", "Beta agent");

        RegisterViewModel typedEarly = new RegisterViewModel(tasks, dialogs);
        typedEarly.searchTextProperty().set("beta");
        tasks.settle();
        typedEarly.attach(service, "somewhere", first);
        tasks.settle();
        assertThat(typedEarly.visibleRows()).extracting(IntegrationRow::name).containsExactly("Beta agent");
    }

    /// Issue 16: "The last action failed." stayed in the status bar after later successes, a sign-in among them.
    @Test
    void aFailureLeavesTheStatusBarWithTheNextSuccess() {
        dev.steward.app.session.Session session = new dev.steward.app.session.Session();
        vm.bindPermissions(new dev.steward.app.session.Permissions(session));
        vm.attach(new RegisterService(database, dev.steward.service.access.Actor.signedIn(session.userProperty()::get)),
                "somewhere");
        tasks.settle();

        vm.loadSampleData();
        tasks.settle();
        assertThat(dialogs.errors).singleElement().asString().contains("Nobody is signed in");
        assertThat(vm.statusProperty().get()).isEqualTo("The last action failed.");

        var users = new dev.steward.service.users.UserService(database, java.time.Clock.systemUTC(),
                new dev.steward.model.access.PasswordHasher(1_000), new dev.steward.model.signing.PrivateKeyEncryption(1_000));
        session.signIn(users.createFirstAdmin("ada", "Ada Admin", "", "a long enough password".toCharArray()));
        tasks.settle();
        assertThat(vm.statusProperty().get()).isEqualTo("The register is empty.");

        vm.loadSampleData();
        tasks.settle();
        assertThat(vm.statusProperty().get()).as("an administrator may not edit").isEqualTo("The last action failed.");
        vm.personSaved(service.savePerson(dev.steward.model.register.Person.draft("Zoë Adams", null, null, null)));
        tasks.settle();
        assertThat(vm.statusProperty().get()).isEqualTo("The register is empty.");
    }

    @Test
    void sampleDataFillsTheTableOnce() {
        vm.attach(service, "somewhere");
        tasks.settle();
        vm.loadSampleData();
        tasks.settle();
        int expected = SampleRegister.integrations(email -> 0L).size();
        assertThat(vm.visibleRows()).hasSize(expected);
        assertThat(expected).isGreaterThanOrEqualTo(20);
        assertThat(vm.people()).isNotEmpty();
        vm.loadSampleData();
        tasks.settle();
        assertThat(vm.visibleRows()).hasSize(expected);
        assertThat(vm.statusProperty().get()).contains("0 integrations");
    }

    @Test
    void quickSearchMatchesEveryTermAcrossColumns() {
        service.create(withPurpose(Integration.draft("Invoice triage agent", IntegrationKind.AUTONOMOUS_AGENT), "Routes supplier invoices"));
        service.create(withPurpose(Integration.draft("Jira MCP server", IntegrationKind.MCP_SERVER), "Gives agents ticket access"));
        vm.attach(service, "somewhere");
        tasks.settle();
        assertThat(vm.visibleRows()).hasSize(2);

        vm.searchTextProperty().set("invoice");
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Invoice triage agent");

        vm.searchTextProperty().set("MCP ticket");
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Jira MCP server");

        vm.searchTextProperty().set("ticket invoice");
        tasks.settle();
        assertThat(vm.visibleRows()).isEmpty();

        vm.searchTextProperty().set("");
        tasks.settle();
        assertThat(vm.visibleRows()).hasSize(2);
    }

    @Test
    void aLargeRegisterIsHeldOnlyInTheBlocksAskedFor() {
        int size = PagedRows.BLOCK * 2 + 30;
        for (int i = 0; i < size; i++) {
            service.create(withPurpose(Integration.draft("Agent %03d".formatted(i), IntegrationKind.AUTONOMOUS_AGENT), "Work"));
        }
        vm.attach(service, "somewhere");
        tasks.settle();

        assertThat(vm.visibleRows()).hasSize(size);
        assertThat(vm.statusProperty().get()).isEqualTo(size + " integrations");
        PagedRows<IntegrationRow> rows = (PagedRows<IntegrationRow>) vm.visibleRows();
        assertThat(rows.holds(0)).isTrue();
        assertThat(rows.holds(1)).isFalse();
        assertThat(rows.holds(2)).isFalse();
        // asking for the last row fetches its block alone
        assertThat(vm.visibleRows().get(size - 1)).as("on its way").isNull();
        tasks.settle();
        assertThat(vm.visibleRows().get(size - 1).name()).isEqualTo("Agent %03d".formatted(size - 1));
        assertThat(rows.holds(2)).isTrue();
        assertThat(rows.holds(1)).isFalse();
    }

    @Test
    void sortAndColumnFiltersRunInTheDatabaseAndCombineWithTheSearch() {
        service.create(withPurpose(Integration.draft("Alpha agent", IntegrationKind.AUTONOMOUS_AGENT), "Books travel"));
        service.create(withPurpose(Integration.draft("Beta server", IntegrationKind.MCP_SERVER), "Serves tickets"));
        service.create(withPurpose(Integration.draft("Gamma agent", IntegrationKind.AUTONOMOUS_AGENT), "Files tickets"));
        vm.attach(service, "somewhere");
        tasks.settle();

        vm.sortBy(SearchQuery.Sort.NAME, false);
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name)
                .containsExactly("Gamma agent", "Beta server", "Alpha agent");

        vm.filterKinds(Set.of(IntegrationKind.AUTONOMOUS_AGENT));
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Gamma agent", "Alpha agent");
        assertThat(vm.statusProperty().get()).isEqualTo("2 of 3 integrations match the search and filters");

        vm.searchTextProperty().set("tickets");
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Gamma agent");

        vm.clearFilters();
        tasks.settle();
        assertThat(vm.searchTextProperty().get()).isEmpty();
        assertThat(vm.queryProperty().get().kinds()).isEmpty();
        assertThat(vm.queryProperty().get().ascending()).as("the sort stays").isFalse();
        assertThat(vm.visibleRows()).hasSize(3);
    }

    @Test
    void theSelectedRecordStaysSelectedWhenASaveMovesIt() {
        service.create(withPurpose(Integration.draft("Alpha agent", IntegrationKind.AUTONOMOUS_AGENT), "One"));
        service.create(withPurpose(Integration.draft("Beta agent", IntegrationKind.AUTONOMOUS_AGENT), "Two"));
        vm.attach(service, "somewhere");
        tasks.settle();
        vm.selectIndex(0);
        Integration alpha = vm.selectedProperty().get().integration();

        Integration renamed = service.update(new Integration(alpha.id(), alpha.version(), "Zulu agent", alpha.purpose(),
                alpha.vendor(), alpha.kind(), null, alpha.environments(), alpha.status(), null, null, null, null, null,
                null, null, null, null, null, null));
        vm.replaceOrAdd(renamed);
        tasks.settle();

        assertThat(vm.selectedIndexProperty().get()).isEqualTo(1);
        assertThat(vm.selectedProperty().get().name()).isEqualTo("Zulu agent");
        assertThat(vm.visibleRows()).extracting(IntegrationRow::name).containsExactly("Beta agent", "Zulu agent");
    }

    @Test
    void revealingARecordTheSearchHidesClearsTheSearch() {
        Integration hidden = service.create(withPurpose(Integration.draft("Hidden agent", IntegrationKind.AUTONOMOUS_AGENT), "One"));
        service.create(withPurpose(Integration.draft("Shown agent", IntegrationKind.AUTONOMOUS_AGENT), "Two"));
        vm.attach(service, "somewhere");
        tasks.settle();
        vm.searchTextProperty().set("shown");
        tasks.settle();
        assertThat(vm.visibleRows()).hasSize(1);

        vm.reveal(hidden.id());
        tasks.settle();

        assertThat(vm.searchTextProperty().get()).isEmpty();
        assertThat(vm.visibleRows()).hasSize(2);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(hidden.id());
    }

    @Test
    void retireAsksFirstAndKeepsTheRecord() {
        Integration created = service.create(withPurpose(Integration.draft("Old bot", IntegrationKind.ASSISTANT_COPILOT), "Legacy helper"));
        vm.attach(service, "somewhere");
        tasks.settle();
        vm.selectIndex(0);

        dialogs.answer = false;
        vm.retireSelected();
        tasks.settle();
        assertThat(service.integration(created.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.PROPOSED);

        dialogs.answer = true;
        vm.retireSelected();
        tasks.settle();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(service.integration(created.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.RETIRED);
        assertThat(vm.visibleRows()).singleElement().satisfies(row -> assertThat(row.integration().isRetired()).isTrue());
    }

    @Test
    void failuresReachTheUserInsteadOfDisappearing() {
        vm.attach(service, "somewhere");
        tasks.settle();
        database.close();
        vm.reload();
        tasks.settle();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(vm.statusProperty().get()).isEqualTo("The last action failed.");
        database = Database.open(dir.resolve("register"));
    }

    static Integration withPurpose(Integration draft, String purpose) {
        return new Integration(0, 0, draft.name(), purpose, draft.vendor(), draft.kind(), null, draft.environments(),
                draft.status(), null, null, null, null, null, null, null, null, null, null, null);
    }
}
