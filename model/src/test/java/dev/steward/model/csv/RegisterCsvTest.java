package dev.steward.model.csv;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.Person;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static dev.steward.model.testing.IntegrationFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class RegisterCsvTest {
    private static final PersonDirectory PEOPLE = new PersonDirectory(List.of(
            new Person(1, "Ana Pereira", "ana@example.com", "CISO", null, false),
            new Person(2, "Łukasz Nowak", "lukasz@example.com", null, null, false),
            new Person(3, "No Mail", null, null, null, false),
            new Person(4, "Twin", "twin1@example.com", null, null, false),
            new Person(5, "Twin", "twin2@example.com", null, null, false)));

    @Test
    void everyFieldSurvivesWriteThenRead() throws IOException {
        Integration tricky = unsaved(f -> {
            f.purpose = "=cmd|' /C calc'!A0\r\nsecond line; with | separators, and \"quotes\"";
            f.backupOwnerIds = List.of(3L);
            f.dataAccess = List.of(new DataAccess("s3://bucket;a|b\\c", AccessLevel.ADMIN),
                    new DataAccess("CRM", AccessLevel.READ));
            f.agentLinks = List.of(new AgentLink(LinkDirection.UPSTREAM, "-intake", true));
            f.credentials = List.of(new Credential("Legacy", CredentialType.STATIC_API_KEY,
                    SecretStorage.ENVIRONMENT_VARIABLE, null, null, null), f.credentials.getFirst());
        });
        Integration plain = unsaved(f -> {
            f.name = "Plain";
            f.vendor = null;
            f.revocation = null;
            f.nextReview = null;
            f.environments = java.util.Set.of();
            f.backupOwnerIds = List.of();
        });

        String text = write(List.of(tricky, plain));
        RegisterCsvFile file = read(text);

        assertThat(text).startsWith(String.join(",", RegisterCsvFormat.columns()) + "\r\n");
        assertThat(text).contains("Ana Pereira <ana@example.com>", "No Mail", "s3://bucket\\;a\\|b\\\\c|ADMIN;CRM|READ",
                "\"'=cmd|");
        assertThat(file.headerProblems()).isEmpty();
        assertThat(file.rows()).extracting(RegisterCsvRow::problems).containsOnly(List.of());
        assertThat(file.rows()).extracting(RegisterCsvRow::integration).containsExactly(tricky, plain);
    }

    @Test
    void problemsNameLineColumnAndTheFix() throws IOException {
        String header = String.join(",", RegisterCsvFormat.columns());
        String good = row("Good", "ACTIVE", "Ana Pereira", "lukasz@example.com", "2027-01-15", "ERP|WRITE");
        String text = header + "\r\n" + good
                + row("Bad enum", "ALIVE", "Ana Pereira", "Łukasz Nowak", "", "")
                + row("Bad date", "ACTIVE", "Ana Pereira", "Łukasz Nowak", "15/01/2027", "")
                + row("Unknown person", "ACTIVE", "Nobody Here", "Twin", "", "CRM|SUPERUSER")
                + "\"Short\nrow\",x\r\n"
                + row("good", "PROPOSED", "", "", "", "");

        RegisterCsvFile file = read(text);

        assertThat(file.rows()).extracting(RegisterCsvRow::line).containsExactly(2, 3, 4, 5, 6, 8);
        assertThat(file.rows().get(0).problems()).isEmpty();
        assertThat(file.rows().get(1).problems()).containsExactly(new CsvProblem(3, "status",
                "'ALIVE' is not a valid status: use one of PROPOSED, IN_REVIEW, APPROVED, ACTIVE, RESTRICTED, "
                        + "UNDER_REASSESSMENT, SUSPENDED, RETIRED."));
        assertThat(file.rows().get(2).problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("next_review");
            assertThat(p.message()).contains("'15/01/2027' is not a date", "yyyy-MM-dd");
        });
        assertThat(file.rows().get(3).problems()).extracting(CsvProblem::column)
                .containsExactly("business_sponsor", "technical_owner", "data_access");
        assertThat(file.rows().get(3).problems().get(1).message()).contains("2 people are called 'Twin'");
        assertThat(file.rows().get(3).problems().get(2).message()).startsWith("Entry 1: 'SUPERUSER' is not a valid")
                .contains("READ, WRITE, ADMIN");
        assertThat(file.rows().get(4).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("has 2 values but the header names 22 columns"));
        assertThat(file.rows().get(5).problems()).singleElement().isEqualTo(new CsvProblem(8, "name",
                "'good' is already the name on line 2 of this file: names must be unique."));
    }

    @Test
    void validatorAndSecretProblemsMapToColumnsAndEntries() throws IOException {
        String text = String.join(",", RegisterCsvFormat.columns()) + "\r\n"
                + row("Leaky", "ACTIVE", "", "Ana Pereira", "", "")
                        .replace("Some purpose", "key AKIAIOSFODNN7EXAMPLE");

        RegisterCsvRow row = read(text).rows().getFirst();

        assertThat(row.problems()).extracting(CsvProblem::column).containsExactly("purpose", "business_sponsor");
        assertThat(row.problems().getFirst().message()).contains("AWS access key");
    }

    @Test
    void headerProblemsAreNamedAndStopTheRows() throws IOException {
        String text = "Name,purpose,sponser,purpose,,statuss\r\nx,y,z,w,v,u\r\n";

        RegisterCsvFile file = read(text);

        assertThat(file.rows()).isEmpty();
        assertThat(file.headerProblems()).extracting(CsvProblem::toString).containsExactly(
                // "sponser" is far from every column name, so the message lists them instead of guessing
                "line 1, column sponser: Unknown column 'sponser'. Known columns: "
                        + String.join(", ", RegisterCsvFormat.columns()) + ".",
                "line 1, column purpose: This column appears more than once in the header.",
                "line 1: Column 5 has no name in the header.",
                "line 1, column statuss: Unknown column 'statuss'. Did you mean 'status'?",
                "line 1: Required columns kind, status are missing from the header.");
    }

    /// As a row reads back: no id, version or stamp, since the file carries none.
    private static Integration unsaved(Consumer<IntegrationFixture> change) {
        return IntegrationFixture.valid().with(f -> {
            f.id = 0;
            f.version = 0;
            f.updatedAt = null;
            f.updatedBy = null;
            change.accept(f);
        }).build();
    }

    private static String row(String name, String status, String sponsor, String owner, String nextReview,
                              String data) {
        // name,purpose,vendor,kind,pipeline_role,environments,status,business_sponsor,technical_owner,
        // backup_owners,data_access,tools,agent_links,credentials,7 revocation columns,next_review
        return name + ",Some purpose,,AUTONOMOUS_AGENT,,production;staging," + status + "," + sponsor + "," + owner
                + ",," + data + ",,,,,,,,,,," + nextReview + "\r\n";
    }

    @Test
    void aHeaderThatIsNotTextIsOneProblemWithoutGuessedColumnNames() throws IOException {
        RegisterCsvFile file = read("name,purp\u0000ose,kind,status,colour\r\nbot,x,MCP_SERVER,PROPOSED,red\r\n");

        assertThat(file.headerProblems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.column()).isNull();
            assertThat(p.message()).contains("NUL character");
        });
        assertThat(file.rows()).isEmpty();
    }

    private static String write(List<Integration> integrations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterCsvWriter(PEOPLE).write(integrations, out, false, ProgressMonitor.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RegisterCsvFile read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RegisterCsvReader(PEOPLE, TODAY).read(new ByteArrayInputStream(bytes), bytes.length,
                ProgressMonitor.NONE);
    }
}
