package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.LegacyRows;
import dev.steward.testing.Migrations;
import dev.steward.testing.TestRegisters;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static dev.steward.storage.jooq.Tables.SEARCH_TERM_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/// A register written before the search terms existed (schema version 5) gets them on its first open, and
/// a register whose terms were written by another tokenizer version gets them rebuilt.
class SearchTermsUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aRegisterFromBeforeTheTermsIsSearchableAfterOpening() throws SQLException {
        Path file = dir.resolve("v5-register");
        String url = "jdbc:h2:file:" + file;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            for (int id = 1; id <= 2_500; id++) { // more than one page of the rebuild
                assertThat(LegacyRows.integration(c, "Bot " + id, id == 7 ? "Reconciles the Kraków ledger"
                        : "Plain work")).isEqualTo(id);
            }
            s.execute("INSERT INTO integration_tool (integration_id, position, name, tool_type)"
                    + " VALUES (7, 0, 'netsuite-mcp', 'MCP_SERVER'), (2500, 0, 'Slack API', 'API')");
            s.execute("INSERT INTO integration_data_access (integration_id, position, system_name, access_level)"
                    + " VALUES (7, 0, 'Treasury DB', 'READ')");
        }

        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 5);
            RegisterService service = new RegisterService(db, () -> "alice");
            assertThat(ids(service, "krak")).containsExactly(7L);
            assertThat(ids(service, "netsuite treasury")).containsExactly(7L);
            assertThat(ids(service, "slack")).containsExactly(2500L);
            assertThat(service.search(SearchQuery.ALL.withText("bot"), 0, 10).total()).isEqualTo(2_500);
            assertThat(terms(db, 7)).isEqualTo(SearchTerms.of(service.integration(7).orElseThrow()));
            assertThat(db.dsl().fetchValue(SEARCH_TERM_VERSION.VERSION)).isEqualTo(SearchTerms.VERSION);
        }
    }

    @Test
    void termsWrittenByAnotherTokenizerVersionAreRebuiltAndCurrentOnesAreLeftAlone() throws SQLException {
        Path file = dir.resolve("register");
        long id;
        try (Database db = Database.open(file)) {
            id = new RegisterService(db, () -> "alice").create(
                    TestRegisters.minimal("Ledger bot", dev.steward.model.register.IntegrationKind.MCP_SERVER)).id();
        }
        String url = Database.jdbcUrl(Database.basePathOf(file));
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("DELETE FROM integration_search_term WHERE term_key = " + TermKeys.key("ledger", id));
            s.execute("INSERT INTO integration_search_term (term_key, words) VALUES ("
                    + TermKeys.key("stale", id) + ", 'stale')");
        }
        try (Database db = Database.open(file)) {
            // the recorded version is current, so the next open trusts the terms (one read, no rebuild)
            assertThat(terms(db, id)).contains("stale").doesNotContain("ledger");
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("UPDATE search_term_version SET version = " + (SearchTerms.VERSION - 1));
        }
        try (Database db = Database.open(file)) {
            assertThat(terms(db, id)).isEqualTo(Set.of("ledger", "bot", "summarises", "support", "tickets", "acme",
                    "ai"));
            assertThat(db.dsl().fetchValue(SEARCH_TERM_VERSION.VERSION)).isEqualTo(SearchTerms.VERSION);
        }
    }

    private static List<Long> ids(RegisterService service, String text) {
        return service.search(SearchQuery.ALL.withText(text), 0, 10).rows().stream()
                .map(IntegrationSummary::id).toList();
    }

    private static Set<String> terms(Database db, long integrationId) {
        return StoredTerms.of(db.dsl(), integrationId);
    }
}
