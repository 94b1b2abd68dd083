package dev.steward.service.transfer;

import dev.steward.service.register.RegisterService;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.testing.RegisterFixture;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.sample.SampleRegister;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// Export from one register file, import into a fresh one: the records must come back equal.
class RegisterCsvRoundTripTest extends RegisterFixture {

    @Test
    void theSampleRegisterSurvivesExportAndImportIntoAFreshDatabase() throws IOException {
        service.loadSampleData();
        createFull("Fully filled; with | separators");
        List<Integration> original = service.integrations();
        Path csv = dir.resolve("register.csv");

        new RegisterExporter(db).exportAll(csv, true, ProgressMonitor.NONE);

        try (Database fresh = Database.open(dir.resolve("fresh"))) {
            RegisterService freshService = new RegisterService(fresh, () -> "importer");
            // the same people in the same order, so that person ids line up and records compare directly
            for (Person p : service.people().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList()) {
                freshService.savePerson(new Person(0, p.name(), p.email(), p.title(), p.department(), p.hasLeft()));
            }
            RegisterImporter importer = new RegisterImporter(fresh, () -> "importer", Clock.systemUTC());

            ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
            ImportResult result = importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);

            assertThat(plan.problems()).isEmpty();
            assertThat(Files.readAllBytes(csv)).startsWith(0xEF, 0xBB, 0xBF);
            assertThat(result).isEqualTo(new ImportResult(original.size(), 0, null));
            assertThat(original).hasSize(SampleRegister.integrations(e -> 1L).size() + 1);
            assertThat(withoutStamps(freshService.integrations())).isEqualTo(withoutStamps(original));
            assertThat(freshService.integrations()).allSatisfy(i -> {
                assertThat(i.version()).isEqualTo(1);
                assertThat(i.updatedBy()).isEqualTo("importer");
            });
        }
    }

    @Test
    void importedIntegrationsAreAuditedAsCreateDoes() throws IOException {
        Integration created = createFull("Created by hand");
        Path csv = dir.resolve("one.csv");
        new RegisterExporter(db).export(List.of(created), csv, false, ProgressMonitor.NONE);
        String text = Files.readString(csv, StandardCharsets.UTF_8).replace("Created by hand", "Imported");
        Files.writeString(csv, text, StandardCharsets.UTF_8);
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());

        importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                ProgressMonitor.NONE);

        Integration imported = service.integrations().stream().filter(i -> i.name().equals("Imported"))
                .findFirst().orElseThrow();
        List<AuditEvent> byHand = service.history(created.id());
        List<AuditEvent> byImport = service.history(imported.id());
        assertThat(byImport).extracting(AuditEvent::action).containsOnly(AuditLog.CREATE);
        assertThat(byImport).extracting(AuditEvent::actor).containsOnly("importer");
        // the batch-written events join the tamper-evident chain like any other
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
        assertThat(byImport).extracting(AuditEvent::field).isEqualTo(byHand.stream().map(AuditEvent::field).toList());
        assertThat(byImport).extracting(AuditEvent::newValue).containsAll(byHand.stream()
                .filter(e -> !"name".equals(e.field())).map(AuditEvent::newValue).toList());
    }

    static List<Integration> withoutStamps(List<Integration> integrations) {
        return integrations.stream().map(i -> i.stored(0, 0, null, null)).toList();
    }
}
