package dev.steward.storage;

import dev.steward.service.register.SampleLoadResult;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.testing.FailOnAuditInsert;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFormat;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.sample.SampleRegister;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Every way an integration is written keeps its quick-search terms in step, in the same transaction.
class SearchTermsInStepTest extends RegisterFixture {

    @Test
    void creatingStoresTheTermsOfNamePurposeVendorToolsAndSystems() {
        Integration created = createFull("Finance-Ledger-Bot");

        assertThat(storedTerms(created.id())).isEqualTo(SearchTerms.of(created)).contains("finance", "ledger",
                "bot", "jira", "zendesk", "東京");
        assertThat(found("ledg")).containsExactly(created.id());
    }

    @Test
    void updatingReplacesTheTermsSoTheOldWordsNoLongerFindIt() {
        Integration created = createFull("Finance-Ledger-Bot");
        Integration renamed = new Integration(created.id(), created.version(), "Payroll Helper", "Answers questions",
                "Globex", created.kind(), created.pipelineRole(), created.environments(), created.status(),
                created.sponsorId(), created.technicalOwnerId(), created.backupOwnerIds(),
                List.of(new DataAccess("Workday", AccessLevel.READ)),
                List.of(new ToolAccess("payroll-api", ToolType.API)), created.agentLinks(), created.credentials(),
                created.revocation(), created.nextReview(), created.updatedAt(), created.updatedBy());

        Integration saved = service.update(renamed);

        assertThat(storedTerms(saved.id())).isEqualTo(SearchTerms.of(saved))
                .doesNotContain("ledger", "acme", "jira", "zendesk");
        assertThat(found("ledger")).isEmpty();
        assertThat(found("jira")).isEmpty();
        assertThat(found("workday payroll")).containsExactly(saved.id());
        assertThat(found("globex")).containsExactly(saved.id());
    }

    @Test
    void retiringAndAnEscalatingClassificationKeepTheTerms() {
        Integration active = createFull("Ticket agent");
        service.classify(active.id(), active.version(), TestAnswers.of(TestAnswers.readOnlyCopilot()));
        Integration reassessed = service.classify(active.id(), active.version(),
                TestAnswers.of(TestAnswers.writingAgent())).integration();
        assertThat(reassessed.status()).isEqualTo(LifecycleStatus.UNDER_REASSESSMENT);
        assertThat(storedTerms(active.id())).isEqualTo(SearchTerms.of(active));

        service.retire(reassessed.id(), reassessed.version());

        assertThat(storedTerms(active.id())).isEqualTo(SearchTerms.of(active));
        assertThat(found("ticket agent")).containsExactly(active.id());
    }

    @Test
    void aFailedSaveLeavesNoTermsBehind() throws Exception {
        Integration kept = createFull("Kept bot");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW CALL \""
                    + FailOnAuditInsert.class.getName() + "\"");
        }

        assertThatThrownBy(() -> service.create(TestRegisters.minimal("Doomed bot", IntegrationKind.MCP_SERVER)))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> service.update(TestRegisters.renamed(kept, "Renamed bot")))
                .isInstanceOf(RuntimeException.class);

        assertThat(StoredTerms.all(db.dsl()).values()).noneMatch(t -> t.contains("doomed") || t.contains("renamed"));
        assertThat(storedTerms(kept.id())).isEqualTo(SearchTerms.of(kept));
        assertThat(found("doomed")).isEmpty();
    }

    @Test
    void importedIntegrationsAreFoundByTheirTerms() throws Exception {
        Path csv = dir.resolve("import.csv");
        String header = String.join(",", RegisterCsvFormat.columns()) + "\r\n";
        Files.writeString(csv, header
                + "Quarterly Forecaster,Builds the revenue forecast,Initech,ASSISTANT_COPILOT,,PRODUCTION,PROPOSED,"
                + ana.email() + "," + ben.email() + ",,Snowflake warehouse|READ,,,,,,,,,,,\r\n"
                + "Vendor Screener,Checks suppliers,Hooli,MCP_SERVER,,PRODUCTION,PROPOSED,,,,,,,,,,,,,,,\r\n",
                StandardCharsets.UTF_8);
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());

        ImportResult result = importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING,
                null, ProgressMonitor.NONE);

        assertThat(result.created()).isEqualTo(2);
        for (Integration imported : service.integrations()) {
            assertThat(storedTerms(imported.id())).isEqualTo(SearchTerms.of(imported));
        }
        assertThat(found("forecast")).hasSize(1);
        assertThat(found("snow")).hasSize(1);
        assertThat(found("suppl hoo")).hasSize(1);
    }

    @Test
    void sampleDataIsSearchable() {
        SampleLoadResult loaded = service.loadSampleData();

        assertThat(loaded.integrationsAdded()).isEqualTo(SampleRegister.integrations(email -> 1L).size());
        Set<Long> withTerms = StoredTerms.all(db.dsl()).keySet();
        for (Integration sample : service.integrations()) {
            assertThat(withTerms).contains(sample.id());
            assertThat(storedTerms(sample.id())).isEqualTo(SearchTerms.of(sample));
            String firstWord = SearchTerms.tokens(sample.name()).getFirst();
            assertThat(found(firstWord)).as(sample.name()).contains(sample.id());
        }
    }

    @Test
    void aStaleSaveLeavesTheTermsOfTheSavedVersionAndEditsThatKeepSomeWordsKeepThem() {
        Integration created = createFull("Finance-Ledger-Bot");
        Integration first = service.update(TestRegisters.renamed(created, "Finance Payroll Bot"));

        assertThatThrownBy(() -> service.update(TestRegisters.renamed(created, "Stale Name Entirely")))
                .isInstanceOf(StaleRecordException.class);

        assertThat(storedTerms(first.id())).isEqualTo(SearchTerms.of(first)).contains("finance", "payroll")
                .doesNotContain("ledger", "stale");
        assertThat(found("ledg")).isEmpty();
        assertThat(found("payr")).containsExactly(first.id());
    }

    private Set<String> storedTerms(long integrationId) {
        return StoredTerms.of(db.dsl(), integrationId);
    }

    private List<Long> found(String text) {
        return service.search(SearchQuery.ALL.withText(text), 0, 100).rows().stream()
                .map(IntegrationSummary::id).toList();
    }
}
