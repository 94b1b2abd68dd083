package dev.steward.service.transfer;

import dev.steward.storage.Database;
import dev.steward.storage.IntegrationRepository;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFormat;
import dev.steward.model.register.Integration;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Importing files with problems: where each problem is reported, and that nothing half-written is left.
class RegisterCsvImportTest extends RegisterFixture {
    private static final String HEADER = String.join(",", RegisterCsvFormat.columns()) + "\r\n";

    private RegisterImporter importer() {
        return new RegisterImporter(db, () -> "importer", Clock.systemUTC());
    }

    /// A row with the given name, status and owners; the other cells stay valid and mostly empty.
    private static String row(String name, String status, String sponsor, String owner) {
        return name + ",Summarises tickets,Acme,ASSISTANT_COPILOT,,PRODUCTION," + status + "," + sponsor + ","
                + owner + ",,CRM|READ,,,,,,,,,,,\r\n";
    }

    private Path file(String name, String text) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private int auditEvents() {
        return db.dsl().fetchCount(dev.steward.storage.jooq.Tables.AUDIT_EVENT);
    }

    @Test
    void eachKindOfMistakeIsReportedAtItsLineAndColumn() throws IOException {
        createFull("Already stored");
        String longSwitch = "x".repeat(1500);
        Path csv = file("mixed.csv", HEADER
                + row("Good one", "ACTIVE", "ana@example.com", "Ben Okafor")              // line 2
                + row("\"Quoted\nname\"", "PROPOSED", "", "")                              // lines 3-4
                + row("Bad status", "LIVE", "", "")                                        // line 5
                + row("Already stored", "PROPOSED", "", "")                                // line 6
                + row("Good one", "PROPOSED", "", "")                                      // line 7
                + row("Unknown owner", "ACTIVE", "ana@example.com", "Zed Nobody")          // line 8
                + "Long switch,Summarises tickets,Acme,ASSISTANT_COPILOT,,PRODUCTION,PROPOSED,,,,CRM|READ,,,,"
                + longSwitch + ",,,,,,,\r\n"                                            // line 9
                + "Too,few,values\r\n"                                                      // line 10
                + row("Bad date", "PROPOSED", "", "").replace(",,\r\n", ",,01.02.2027\r\n")  // line 11
                + row("Seconds", "PROPOSED", "", "").replace("CRM|READ,,,,", "CRM|READ,,,Key|SPIFFE_SVID|SECRETS_MANAGER|90s,"));

        ImportPlan plan = importer().plan(csv, ProgressMonitor.NONE);

        assertThat(plan.createCount()).isEqualTo(2);
        List<String> where = plan.problems().stream().map(p -> p.line() + ":" + p.column()).toList();
        assertThat(where).containsExactly("5:status", "6:name", "7:name", "8:technical_owner",
                "9:revocation_kill_switch", "10:null", "11:next_review", "12:credentials");
        assertThat(plan.problems().get(4).message())
                .isEqualTo("This is 1500 characters long, but the register can store at most 1000 here: shorten it.");
        assertThat(plan.problems().get(1).message()).contains("already in the register");
        assertThat(plan.problems().get(2).message()).contains("line 2 of this file");
        assertThat(plan.problems().get(6).message()).contains("yyyy-MM-dd");
        assertThat(plan.problems().get(7).message()).isEqualTo("Entry 1: The register keeps durations in whole "
                + "minutes: 90s would be stored as 1m. Round it to minutes.");
    }

    @Test
    void allOrNothingWritesNothingWhenOneRowIsBad() throws IOException {
        int eventsBefore = auditEvents();
        Path csv = file("one-bad.csv", HEADER + row("First", "PROPOSED", "", "")
                + row("Second", "ACTIVE", "", "") + row("Third", "PROPOSED", "", ""));
        ImportPlan plan = importer().plan(csv, ProgressMonitor.NONE);

        assertThatThrownBy(() -> importer().execute(plan, ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(ImportRefusedException.class, e -> assertThat(e.problems())
                        .extracting(CsvProblem::line, CsvProblem::column)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "business_sponsor"),
                                org.assertj.core.groups.Tuple.tuple(3, "technical_owner")));
        assertThat(service.integrations()).isEmpty();
        assertThat(auditEvents()).isEqualTo(eventsBefore);
        assertThat(RegisterImporter.defaultRejectReport(csv)).doesNotExist();
    }

    @Test
    void validRowsOnlyImportsTheGoodRowsAndReportsTheRest() throws IOException {
        Path csv = file("register.csv", HEADER + row("First", "PROPOSED", "", "")
                + row("=Second", "ACTIVE", "", "Ben Okafor") + row("Third", "PROPOSED", "", ""));

        ImportResult result = importer().execute(importer().plan(csv, ProgressMonitor.NONE),
                ImportMode.VALID_ROWS_ONLY, null, ProgressMonitor.NONE);

        Path report = dir.resolve("register-rejects.csv");
        assertThat(result).isEqualTo(new ImportResult(2, 1, report));
        assertThat(service.integrations()).extracting(Integration::name).containsExactly("First", "Third");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("error," + HEADER
                + "\"line 3, column business_sponsor: A business sponsor is required before an integration can be "
                + "approved.\"," + row("'=Second", "ACTIVE", "", "Ben Okafor"));
    }

    @Test
    void aFixedRejectReportImportsAgainWithItsErrorColumnIgnored() throws IOException {
        Path csv = file("register.csv", HEADER + row("Needs sponsor", "ACTIVE", "", "Ben Okafor"));
        importer().execute(importer().plan(csv, ProgressMonitor.NONE), ImportMode.VALID_ROWS_ONLY, null,
                ProgressMonitor.NONE);
        Path report = dir.resolve("register-rejects.csv");
        Files.writeString(report, Files.readString(report).replace(",ACTIVE,,Ben", ",ACTIVE,Ana Pereira,Ben"));

        ImportResult second = importer().execute(importer().plan(report, ProgressMonitor.NONE),
                ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);

        assertThat(second).isEqualTo(new ImportResult(1, 0, null));
        assertThat(service.integrations()).singleElement().satisfies(i -> {
            assertThat(i.sponsorId()).isEqualTo(ana.id());
            assertThat(i.technicalOwnerId()).isEqualTo(ben.id());
        });
    }

    @Test
    void cancellingHalfwayWritesNothing() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < RegisterImporter.CHUNK * 2 + 50; i++) {
            text.append(row("Bulk " + i, "PROPOSED", "", ""));
        }
        ImportPlan plan = importer().plan(file("bulk.csv", text.toString()), ProgressMonitor.NONE);
        AtomicInteger reports = new AtomicInteger();
        List<Long> seen = new ArrayList<>();
        ProgressMonitor cancelAfterFirstChunk = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                seen.add(done);
                reports.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return reports.get() >= 2;
            }
        };
        int eventsBefore = auditEvents();

        assertThatThrownBy(() -> importer().execute(plan, ImportMode.ALL_OR_NOTHING, null, cancelAfterFirstChunk))
                .isInstanceOf(CancellationException.class);

        assertThat(seen).containsExactly(0L, (long) RegisterImporter.CHUNK);
        assertThat(plan.createCount()).isEqualTo(RegisterImporter.CHUNK * 2 + 50);
        assertThat(service.integrations()).isEmpty();
        assertThat(auditEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aCancelledExportLeavesTheOldFileUntouched() throws IOException {
        for (int i = 0; i < 150; i++) {
            service.create(TestRegisters.minimal("Export " + i, dev.steward.model.register.IntegrationKind.MCP_SERVER));
        }
        Path target = file("export.csv", "old content");
        ProgressMonitor cancelLater = new ProgressMonitor() {
            private int calls;

            @Override
            public void progress(long done, long total) {
                calls++;
            }

            @Override
            public boolean isCancelled() {
                return calls >= 1;
            }
        };

        assertThatThrownBy(() -> new RegisterExporter(db).exportAll(target, false, cancelLater))
                .isInstanceOf(CancellationException.class);

        assertThat(Files.readString(target)).isEqualTo("old content");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void formulaLookingValuesAreGuardedInTheFileAndRestoredOnImport() throws IOException {
        Integration risky = service.create(TestRegisters.minimal("=HYPERLINK(\"http://evil\",\"x\")",
                dev.steward.model.register.IntegrationKind.MCP_SERVER));
        Path csv = dir.resolve("risky.csv");
        new RegisterExporter(db).export(List.of(risky), csv, false, ProgressMonitor.NONE);
        String text = Files.readString(csv);

        try (Database fresh = Database.open(dir.resolve("fresh"))) {
            RegisterImporter other = new RegisterImporter(fresh, () -> "importer", Clock.systemUTC());
            other.execute(other.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                    ProgressMonitor.NONE);

            assertThat(text).contains("\r\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",");
            assertThat(new IntegrationRepository(fresh.dsl()).findAll()).singleElement()
                    .extracting(Integration::name).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreARowProblemOnTheirLine() throws IOException {
        byte[] good = (HEADER + row("Fine", "PROPOSED", "", "")).getBytes(StandardCharsets.UTF_8);
        byte[] bad = row("Caf\u00e9 bot", "PROPOSED", "", "").getBytes(StandardCharsets.ISO_8859_1);
        Path csv = dir.resolve("latin1.csv");
        Files.write(csv, good);
        Files.write(csv, bad, java.nio.file.StandardOpenOption.APPEND);

        ImportPlan plan = importer().plan(csv, ProgressMonitor.NONE);

        assertThat(plan.createCount()).isEqualTo(1);
        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("name");
            assertThat(p.message()).contains("not valid UTF-8", "CSV UTF-8");
        });
    }

    @Test
    void aBrokenHeaderRefusesEvenValidRowsOnly() throws IOException {
        Path csv = file("header.csv", HEADER.replace("business_sponsor", "sponsor") + row("x", "PROPOSED", "", ""));
        ImportPlan plan = importer().plan(csv, ProgressMonitor.NONE);

        assertThat(plan.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isEqualTo("sponsor");
            assertThat(p.message()).startsWith("Unknown column 'sponsor'. Known columns: name, purpose,")
                    .contains("business_sponsor");
        });
        assertThatThrownBy(() -> importer().execute(plan, ImportMode.VALID_ROWS_ONLY, null, ProgressMonitor.NONE))
                .isInstanceOf(ImportRefusedException.class);
        assertThat(service.integrations()).isEmpty();
    }
}
