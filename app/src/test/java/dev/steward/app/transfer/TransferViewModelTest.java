package dev.steward.app.transfer;

import dev.steward.service.access.Actor;
import dev.steward.service.RegisterServices;

import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.register.IntegrationRow;
import dev.steward.app.register.RegisterViewModel;
import dev.steward.model.register.Integration;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/// Export and import from the register screen, against real H2 files, with background work on a second thread.
class TransferViewModelTest {
    @TempDir
    Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Database source;
    private RegisterViewModel register;
    private TransferViewModel transfer;
    private CheckedExecutor tasks;

    @BeforeEach
    void open() {
        source = Database.open(dir.resolve("source"));
        tasks = new CheckedExecutor().guard(source);
        register = new RegisterViewModel(tasks, dialogs);
        register.attach(new RegisterService(source, () -> "tester"), "source");
        tasks.settle();
        transfer = transferFor(register, source);
    }

    @AfterEach
    void close() {
        tasks.settle();
        tasks.shutdown(java.time.Duration.ofSeconds(10));
        source.close();
    }

    private TransferViewModel transferFor(RegisterViewModel vm, Database db) {
        RegisterServices services = RegisterServices.over(db, Actor.system(() -> "tester"), Clock.systemUTC(),
                RegisterServices.Security.production());
        return new TransferViewModel(vm, () -> services, tasks, dialogs, vm.progress());
    }

    private List<Integration> shown() {
        return register.visibleRows().stream().map(IntegrationRow::integration).toList();
    }

    @Test
    void exportsWhatTheSearchShowsWithABomForExcel() throws Exception {
        register.loadSampleData();
        tasks.settle();
        register.searchTextProperty().set("mcp");
        tasks.settle();
        int shown = register.visibleRows().size();
        assertThat(shown).isBetween(1, register.totalCount() - 1);
        Path out = dir.resolve("out.csv");
        dialogs.fileToSave = Optional.of(new SaveTarget(out, TransferViewModel.CSV_EXCEL));

        transfer.exportCsv(register.queryProperty().get());
        tasks.settle();

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        // a header plus one record per shown row (sample purposes have no line breaks)
        assertThat(text.strip().split("\r\n")).hasSize(shown + 1);
        assertThat(register.statusProperty().get()).contains("Exported " + shown);
        assertThat(register.progress().runningProperty().get()).isFalse();
    }

    @Test
    void exportThenImportIntoAnotherRegisterGivesTheSameRecords() {
        register.loadSampleData();
        tasks.settle();
        Path out = dir.resolve("all.csv");
        dialogs.fileToSave = Optional.of(new SaveTarget(out, TransferViewModel.CSV));
        transfer.exportCsv(register.queryProperty().get());
        tasks.settle();

        try (Database target = Database.open(dir.resolve("target"))) {
            RegisterService service = new RegisterService(target, () -> "tester");
            // people are referenced by name and email, so the target register needs them first
            register.people().forEach(p -> service.savePerson(p.withId(0)));
            tasks.guard(target);
            RegisterViewModel other = new RegisterViewModel(tasks, dialogs);
            other.attach(service, "target");
            tasks.settle();
            dialogs.fileToOpen = Optional.of(out);
            transferFor(other, target).importCsv();
            tasks.settle();

            assertThat(dialogs.confirmations).anyMatch(c -> c.contains("Import " + register.totalCount()));
            assertThat(other.totalCount()).isEqualTo(register.totalCount());
            List<String> names = shown().stream().map(Integration::name).sorted().toList();
            assertThat(service.integrations().stream().map(Integration::name).sorted().toList()).isEqualTo(names);
            Integration before = shown().getFirst();
            Integration after = service.integrations().stream().filter(i -> i.name().equals(before.name()))
                    .findFirst().orElseThrow();
            assertThat(after.purpose()).isEqualTo(before.purpose());
            assertThat(after.credentials()).isEqualTo(before.credentials());
            assertThat(after.revocation()).isEqualTo(before.revocation());
        }
    }

    /// Issue 16: the app offers what `import --create-people` does; declining refuses the rows naming them.
    @Test
    void importIntoARegisterWithoutThePeopleOffersToAddThem() {
        register.loadSampleData();
        tasks.settle();
        Path out = dir.resolve("all.csv");
        dialogs.fileToSave = Optional.of(new SaveTarget(out, TransferViewModel.CSV));
        transfer.exportCsv(register.queryProperty().get());
        tasks.settle();
        int people = register.people().size();

        try (Database target = Database.open(dir.resolve("target"))) {
            RegisterService service = new RegisterService(target, () -> "tester");
            RegisterViewModel other = new RegisterViewModel(tasks, dialogs);
            other.attach(service, "target");
            tasks.settle();
            dialogs.fileToOpen = Optional.of(out);

            dialogs.answer = false;
            dialogs.importValidRows = false;
            transferFor(other, target).importCsv();
            tasks.settle();
            assertThat(dialogs.confirmations).last().asString().startsWith("Add the people the file names?")
                    .contains(people + " people who are not in the register yet");
            assertThat(dialogs.reviewedProblems).singleElement().asList().isNotEmpty();
            assertThat(service.integrations()).isEmpty();
            assertThat(service.people()).isEmpty();

            dialogs.answer = true;
            transferFor(other, target).importCsv();
            tasks.settle();
            assertThat(service.integrations()).hasSize(register.totalCount());
            assertThat(service.people()).extracting(dev.steward.model.register.Person::email)
                    .containsExactlyInAnyOrderElementsOf(register.people().stream()
                            .map(dev.steward.model.register.Person::email).toList());
            assertThat(other.totalCount()).isEqualTo(register.totalCount());
        }
    }

    @Test
    void aFileWithProblemsIsShownAndNothingIsWrittenUnlessTheUserAgrees() throws Exception {
        register.loadSampleData();
        tasks.settle();
        Path out = dir.resolve("all.csv");
        dialogs.fileToSave = Optional.of(new SaveTarget(out, TransferViewModel.CSV));
        transfer.exportCsv(register.queryProperty().get());
        tasks.settle();
        // rename every record so they do not clash, and give one row a field too many
        String csv = Files.readString(out);
        String[] lines = csv.split("\r\n");
        StringBuilder edited = new StringBuilder(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            String line = "Copy " + i + " of " + lines[i];
            if (i == 2) {
                line = line + ",one field too many";
            }
            edited.append(line).append("\r\n");
        }
        Path file = dir.resolve("edited.csv");
        Files.writeString(file, edited);
        int before = register.totalCount();

        dialogs.fileToOpen = Optional.of(file);
        dialogs.importValidRows = false;
        transfer.importCsv();
        tasks.settle();
        assertThat(dialogs.reviewedProblems).hasSize(1);
        assertThat(dialogs.reviewedProblems.getFirst()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
        assertThat(new RegisterService(source, () -> "x").integrations()).hasSize(before);

        dialogs.importValidRows = true;
        transfer.importCsv();
        tasks.settle();
        assertThat(new RegisterService(source, () -> "x").integrations()).hasSize(before + lines.length - 2);
        assertThat(register.totalCount()).isEqualTo(before + lines.length - 2);
        assertThat(dialogs.infos.getLast()).contains("1 row was skipped");
    }

    @Test
    void exportsTheAttestationRegisterWithItsDocumentedHeader() throws Exception {
        register.loadSampleData();
        tasks.settle();
        Path out = dir.resolve("attestations.csv");
        dialogs.fileToSave = Optional.of(new SaveTarget(out, TransferViewModel.CSV));

        transfer.exportAttestationsCsv();
        tasks.settle();

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo(String.join(",",
                dev.steward.service.transfer.AttestationRegisterExporter.TABLE.headers()));
        assertThat(lines).hasSize(1); // no attestation yet: the header alone
        assertThat(register.statusProperty().get()).contains("Exported 0 attestations");
    }

    @Test
    void cancellingBeforeAnythingRunsWritesNothing() {
        register.loadSampleData();
        tasks.settle();
        dialogs.fileToSave = Optional.empty();
        transfer.exportCsv(register.queryProperty().get());
        tasks.settle();
        dialogs.fileToOpen = Optional.empty();
        transfer.importCsv();
        tasks.settle();
        assertThat(dir.resolve("out.csv")).doesNotExist();
        assertThat(dialogs.errors).isEmpty();
        assertThat(register.progress().runningProperty().get()).isFalse();
    }
}
