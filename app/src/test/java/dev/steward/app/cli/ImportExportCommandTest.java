package dev.steward.app.cli;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private Path sample;
    private Path fresh;
    private List<Integration> sampleIntegrations;

    @BeforeEach
    void registers() {
        sample = dir.resolve("sample");
        sampleIntegrations = TestRegisters.withSampleData(sample);
        fresh = dir.resolve("fresh");
        TestRegisters.withSamplePeopleOnly(fresh, dir.resolve("scratch"));
    }

    private Path exportSample() {
        Path csv = dir.resolve("register.csv");
        CliRun run = CliRun.run(sample, "export", "--format", "csv", "--out", csv.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        return csv;
    }

    /// The export plus one row built from `cells` (by column name, the rest empty).
    private Path exportWithExtraRow(Map<String, String> cells) throws IOException {
        Path csv = exportSample();
        String header = Files.readAllLines(csv).getFirst();
        String row = Arrays.stream(header.split(",")).map(name -> cells.getOrDefault(name, ""))
                .collect(Collectors.joining(","));
        Files.writeString(csv, row + "\r\n", java.nio.file.StandardOpenOption.APPEND);
        return csv;
    }

    private static Map<String, String> rowWithBadKind() {
        return Map.of("name", "Broken robot", "purpose", "Testing", "kind", "ROBOT", "status", "PROPOSED");
    }

    /// Issue 16: an export imported into a register that does not exist yet, people and all, gives every row back.
    @Test
    void exportThenImportIntoANewRegisterWithCreateAndCreatePeopleGivesEveryRowBackEqual() {
        Path csv = exportSample();
        Path created = dir.resolve("new-folder").resolve("register");

        CliRun refused = CliRun.run(fresh, "import", csv.toString(), "--db", created.toString());
        assertThat(refused.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(refused.err()).contains("There is no Steward database at");

        CliRun dryRun = CliRun.run(fresh, "import", csv.toString(), "--db", created.toString(), "--create",
                "--create-people", "--dry-run");
        assertThat(dryRun.exitCode()).as(dryRun.err()).isEqualTo(ExitCode.OK);
        List<Person> samplePeople = TestRegisters.people(sample);
        assertThat(dryRun.out()).contains("Dry run: would import " + sampleIntegrations.size()
                + " integration(s) and add ");
        assertThat(dryRun.out()).contains("New person (would add): " + samplePeople.getFirst().name());
        assertThat(Files.exists(Database.locationOf(created))).as("a dry run creates no register").isFalse();

        CliRun run = CliRun.run(fresh, "import", csv.toString(), "--db", created.toString(), "--create",
                "--create-people");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Imported " + sampleIntegrations.size() + " integration(s) and added ");
        Map<Long, Person> before = TestRegisters.people(sample).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        Map<Long, Person> after = TestRegisters.people(created).stream()
                .collect(Collectors.toMap(Person::id, p -> p));
        List<Integration> imported = TestRegisters.integrations(created);
        assertThat(imported).hasSameSizeAs(sampleIntegrations);
        for (int i = 0; i < imported.size(); i++) {
            assertThat(comparable(imported.get(i), after)).isEqualTo(comparable(sampleIntegrations.get(i), before));
        }
        // nobody is created twice, and everyone named comes back with name and email
        assertThat(after.values()).extracting(p -> p.name() + " <" + p.email() + ">").doesNotHaveDuplicates();
    }

    /// Every field of an integration a register CSV carries, people as `Name <email>`: all but the database's
    /// own id, version and change stamp.
    private static Integration comparable(Integration i, Map<Long, Person> people) {
        java.util.function.Function<Long, Long> ref = id -> id == null ? null
                : (long) (people.get(id).name() + " <" + people.get(id).email() + ">").hashCode();
        return new Integration(0, 0, i.name(), i.purpose(), i.vendor(), i.kind(), i.pipelineRole(), i.environments(),
                i.status(), ref.apply(i.sponsorId()), ref.apply(i.technicalOwnerId()),
                i.backupOwnerIds().stream().map(ref).toList(), i.dataAccess(), i.tools(), i.agentLinks(),
                i.credentials(), i.revocation(), i.nextReview(), null, null);
    }

    @Test
    void exportThenImportIntoAFreshRegisterRoundTripsTheSampleRegister() {
        Path csv = exportSample();

        CliRun run = CliRun.run(fresh, "import", csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().strip()).isEqualTo("Imported " + sampleIntegrations.size() + " integration(s)");
        List<Integration> imported = TestRegisters.integrations(fresh);
        assertThat(sampleIntegrations).hasSizeGreaterThan(5);
        assertThat(imported).extracting(Integration::name)
                .containsExactlyElementsOf(sampleIntegrations.stream().map(Integration::name).toList());
        for (int i = 0; i < imported.size(); i++) {
            Integration before = sampleIntegrations.get(i);
            Integration after = imported.get(i);
            assertThat(after.purpose()).isEqualTo(before.purpose());
            assertThat(after.kind()).isEqualTo(before.kind());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.environments()).isEqualTo(before.environments());
            assertThat(after.credentials()).isEqualTo(before.credentials());
            assertThat(after.revocation()).isEqualTo(before.revocation());
        }
    }

    @Test
    void exportToStandardOutputWritesTheSameBytesAsToAFile() throws IOException {
        Path csv = dir.resolve("bom.csv");
        CliRun toFile = CliRun.run(sample, "export", "--format", "CSV", "--what", "integrations", "--bom", "-o", csv.toString());
        CliRun toStdout = CliRun.run(sample, "export", "--format", "csv", "--bom", "--out", "-");

        assertThat(toFile.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(toFile.out().strip()).isEqualTo("Exported " + sampleIntegrations.size() + " integrations to " + csv);
        assertThat(toStdout.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(toStdout.err()).isEmpty();
        assertThat(toStdout.bytes()).isEqualTo(Files.readAllBytes(csv));
        assertThat(Arrays.copyOf(toStdout.bytes(), 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void unsupportedFormatsAndSubjectsAreUsageErrorsListingWhatIsSupported() {
        CliRun pdf = CliRun.run(sample, "export", "--format", "docx", "--out", dir.resolve("a.pdf").toString());
        CliRun people = CliRun.run(sample, "export", "--format", "csv", "--what", "people", "-o", "-");

        assertThat(pdf.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(pdf.err()).contains("unsupported format 'docx'; supported: csv, pdf, json, oscal");
        assertThat(people.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(people.err()).contains("--format csv cannot export 'people'; it exports: attestations, integrations");
        assertThat(dir.resolve("a.pdf")).doesNotExist();
    }

    @Test
    void oneBadRowRefusesTheWholeImportAndNamesFileLineAndColumn() throws IOException {
        Path csv = exportWithExtraRow(rowWithBadKind());
        int badLine = (int) Files.readString(csv).lines().count();
        TestRegisters.Counts before = TestRegisters.counts(fresh);

        CliRun run = CliRun.run(fresh, "import", csv.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).startsWith(csv + ":" + badLine + ": column kind: ")
                .contains("steward import: Nothing was imported: 1 problem(s) in " + csv, "--valid-rows-only");
        assertThat(run.out()).isEmpty();
        assertThat(TestRegisters.counts(fresh)).isEqualTo(before);
        assertThat(RegisterImporterPaths.defaultReport(csv)).doesNotExist();
    }

    @Test
    void validRowsOnlyImportsTheRestAndWritesTheRejectReport() throws IOException {
        Path csv = exportWithExtraRow(rowWithBadKind());
        Path report = dir.resolve("out/rejects.csv");

        CliRun run = CliRun.run(fresh, "import", csv.toString(), "--valid-rows-only", "--reject-report", report.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out().strip()).isEqualTo("Imported " + sampleIntegrations.size()
                + " integration(s); 1 row(s) rejected, written to " + report);
        assertThat(run.err()).contains(": column kind: ");
        assertThat(TestRegisters.integrations(fresh)).hasSize(sampleIntegrations.size());
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("error,name,");
        assertThat(String.join("\n", lines)).contains("Broken robot", "ROBOT");
    }

    @Test
    void dryRunReportsAndWritesNothing() throws IOException {
        Path csv = exportSample();
        TestRegisters.Counts before = TestRegisters.counts(fresh);

        CliRun clean = CliRun.run(fresh, "import", csv.toString(), "--dry-run");
        Path withBadRow = exportWithExtraRow(rowWithBadKind());
        CliRun partial = CliRun.run(fresh, "import", withBadRow.toString(), "--dry-run", "--valid-rows-only");

        assertThat(clean.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(clean.out().strip()).isEqualTo("Dry run: would import " + sampleIntegrations.size()
                + " integration(s); nothing was written.");
        assertThat(partial.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(partial.out()).contains("and reject 1 row(s)");
        assertThat(partial.err()).contains("column kind");
        assertThat(TestRegisters.counts(fresh)).isEqualTo(before);
        assertThat(RegisterImporterPaths.defaultReport(withBadRow)).doesNotExist();
    }

    @Test
    void missingFilesAndDatabasesAreIoErrors() {
        CliRun noCsv = CliRun.run(fresh, "import", dir.resolve("absent.csv").toString());
        CliRun folder = CliRun.run(fresh, "import", dir.toString());
        CliRun noDb = CliRun.run(dir.resolve("typo"), "export", "--format", "csv", "-o", dir.resolve("x.csv").toString());

        assertThat(List.of(noCsv, folder, noDb)).extracting(CliRun::exitCode).containsOnly(ExitCode.IO_OR_DATABASE);
        assertThat(noCsv.err().strip()).isEqualTo("steward import: " + dir.resolve("absent.csv") + ": no such file");
        assertThat(folder.err().strip()).isEqualTo("steward import: " + dir + ": not a file");
        assertThat(noDb.err()).contains("There is no Steward database at " + dir.resolve("typo.mv.db"));
        assertThat(dir.resolve("typo.mv.db")).doesNotExist();
        assertThat(dir.resolve("x.csv")).doesNotExist();
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsAnIoErrorWithTheUsualMessage() throws Exception {
        Path csv = exportSample();
        try (OtherProcessHolder ignored = OtherProcessHolder.hold(fresh, dir)) {
            CliRun imported = CliRun.run(fresh, "import", csv.toString());
            CliRun exported = CliRun.run(fresh, "export", "--format", "csv", "-o", dir.resolve("y.csv").toString());

            assertThat(imported.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
            assertThat(imported.err().strip()).isEqualTo("steward import: Cannot import into " + dir.resolve("fresh.mv.db")
                    + ": it is open in another Steward process (the desktop app locks the file while it runs)."
                    + " Close Steward and try again.");
            assertThat(exported.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
            assertThat(exported.err()).contains("Cannot export from " + dir.resolve("fresh.mv.db"), "Close Steward");
        }
        assertThat(TestRegisters.integrations(fresh)).isEmpty();
        assertThat(dir.resolve("y.csv")).doesNotExist();
    }

    /// Where the importer puts its report by default, so tests can show none was written.
    private static final class RegisterImporterPaths {
        static Path defaultReport(Path csv) {
            return dev.steward.service.transfer.RegisterImporter.defaultRejectReport(csv);
        }
    }
}
