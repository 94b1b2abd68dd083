package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.LegacyRows;
import dev.steward.testing.Migrations;
import dev.steward.testing.TestAnswers;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import org.flywaydb.core.Flyway;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.assertj.core.api.Assertions.assertThat;

/// A register from before the latest verdict and tier were kept on the integration row (schema version 8) gets
/// them from its classification history on first open, and its verdict and tier filters find the same rows as
/// the per-row "latest classification" subquery that served them before.
class LatestClassificationUpgradeTest {
    private static final int SIZE = 300;
    private static final OffsetDateTime BASE = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aVersion8RegisterGainsTheColumnsAndFiltersAsBefore() throws SQLException {
        Path file = dir.resolve("v8-register");
        String url = "jdbc:h2:file:" + file;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("8").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            fillHistory(c);
        }

        try (Database db = Database.open(file)) {
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 8);
            RegisterService service = new RegisterService(db, () -> "alice");

            Map<Long, List<String>> expected = new HashMap<>();
            service.latestClassifications().forEach((id, latest) ->
                    expected.put(id, List.of(latest.verdict().name(), latest.riskTier().name())));
            assertThat(expected).hasSizeBetween(SIZE / 2, SIZE - 1);
            for (Record3<Long, String, String> row : db.dsl().select(INTEGRATION.ID, INTEGRATION.LATEST_VERDICT,
                    INTEGRATION.LATEST_RISK_TIER).from(INTEGRATION).fetch()) {
                assertThat(Arrays.asList(row.value2(), row.value3())).as("integration %d", row.value1())
                        .isEqualTo(expected.getOrDefault(row.value1(), Arrays.asList(null, null)));
            }

            for (SearchQuery query : filterQueries()) {
                List<Long> before = beforeV9(db, query);
                IntegrationPage page = service.search(query, 0, SIZE);
                assertThat(page.rows()).as("%s", query).extracting(IntegrationSummary::id).isEqualTo(before);
                assertThat(page.total()).isEqualTo(before.size());
                assertThat(service.search(query.sortedBy(SearchQuery.Sort.NAME, false), 0, SIZE).rows())
                        .extracting(IntegrationSummary::id).isEqualTo(before.reversed());
                // the column values the rows show agree with the stored history
                page.rows().forEach(r -> assertThat(List.of(r.verdict().name(), r.riskTier().name()))
                        .isEqualTo(expected.get(r.id())));
            }

            // and after the upgrade a classification keeps them in step
            long never = db.dsl().select(INTEGRATION.ID).from(INTEGRATION).where(INTEGRATION.LATEST_VERDICT.isNull())
                    .limit(1).fetchOne(INTEGRATION.ID);
            service.classify(never, 1, TestAnswers.of(TestAnswers.writingAgent()));
            assertThat(db.dsl().select(INTEGRATION.LATEST_VERDICT, INTEGRATION.LATEST_RISK_TIER).from(INTEGRATION)
                    .where(INTEGRATION.ID.eq(never)).fetchOne().intoList()).containsExactly("NHI", "HIGH");
            assertThat(service.search(SearchQuery.ALL.withTiers(Set.of(RiskTier.HIGH)), 0, SIZE).rows())
                    .extracting(IntegrationSummary::id).contains(never);
        }
    }

    /// Each verdict and each tier alone, every pair, and sets of several of each.
    private static List<SearchQuery> filterQueries() {
        List<SearchQuery> queries = new ArrayList<>();
        for (NhiVerdict verdict : NhiVerdict.values()) {
            queries.add(SearchQuery.ALL.withVerdicts(Set.of(verdict)));
            for (RiskTier tier : RiskTier.values()) {
                queries.add(SearchQuery.ALL.withVerdicts(Set.of(verdict)).withTiers(Set.of(tier)));
            }
        }
        for (RiskTier tier : RiskTier.values()) {
            queries.add(SearchQuery.ALL.withTiers(Set.of(tier)));
        }
        queries.add(SearchQuery.ALL.withVerdicts(Set.of(NhiVerdict.NHI, NhiVerdict.UNDETERMINED))
                .withTiers(Set.of(RiskTier.LOW, RiskTier.HIGH, RiskTier.CRITICAL)));
        queries.add(SearchQuery.ALL.withTiers(Set.of(RiskTier.MINIMAL, RiskTier.MODERATE)).withText("bot"));
        return queries;
    }

    /// Up to three classifications per integration (none for every fourth), stamped at a few instants so that
    /// some share one, and inserted out of time order, so the newest is not always the last row written.
    private static void fillHistory(Connection c) throws SQLException {
        Random random = new Random(9);
        try (PreparedStatement cls = c.prepareStatement("INSERT INTO classification (integration_id,"
                + " questionnaire_version, answers, verdict, autonomy_level, risk_tier, trace, escalated,"
                + " classified_at, classified_by) VALUES (?, '2026.11-1', '{}', ?, 'A1_ASSISTIVE', ?, '[]', FALSE, ?,"
                + " 'alice')")) {
            for (int n = 1; n <= SIZE; n++) {
                long id = LegacyRows.integration(c, "Bot " + n, "Plain work");
                for (int k = 0; k < n % 4; k++) {
                    cls.setLong(1, id);
                    cls.setString(2, NhiVerdict.values()[random.nextInt(NhiVerdict.values().length)].name());
                    cls.setString(3, RiskTier.values()[random.nextInt(RiskTier.values().length)].name());
                    cls.setObject(4, BASE.plusMinutes(random.nextInt(3)));
                    cls.executeUpdate();
                }
            }
        }
    }

    /// What the filter selected before V9: integrations whose latest classification (latest classified_at, then
    /// highest id) has one of the verdicts and tiers, in name order.
    private static List<Long> beforeV9(Database db, SearchQuery query) throws SQLException {
        String sql = "SELECT i.id FROM integration i WHERE i.id IN (SELECT l.integration_id FROM classification l"
                + " WHERE " + in("l.verdict", query.verdicts()) + " AND " + in("l.risk_tier", query.tiers())
                + " AND NOT EXISTS (SELECT 1 FROM classification n WHERE n.integration_id = l.integration_id"
                + " AND (n.classified_at > l.classified_at OR (n.classified_at = l.classified_at AND n.id > l.id))))"
                + (query.text().isEmpty() ? "" : " AND LOWER(i.name) LIKE '%" + query.text() + "%'")
                + " ORDER BY i.name, i.id";
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static String in(String column, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? "TRUE"
                : column + " IN (" + values.stream().map(v -> "'" + v.name() + "'").collect(Collectors.joining(", "))
                + ")";
    }
}
