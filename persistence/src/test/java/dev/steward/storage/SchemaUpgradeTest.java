package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.LegacyRows;
import dev.steward.testing.Migrations;
import dev.steward.testing.TestAnswers;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.Person;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/// Registers created by an earlier Steward are upgraded in place when opened, keeping their data.
class SchemaUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void aFirstSchemaRegisterGainsClassificationsAndKeepsItsData() throws SQLException {
        Path file = dir.resolve("old-register");
        // Build the register as the first release left it: schema version 1 only.
        Flyway.configure().dataSource("jdbc:h2:file:" + file, "sa", "").locations("classpath:db/migration")
                .target("1").load().migrate();
        long keptId;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "")) {
            // The person is written with version 1's columns (today's repository also writes the manager, V16);
            // the integration is written as that release wrote it (no search terms, which came with V6).
            DSLContext v1 = DSL.using(connection, SQLDialect.H2);
            Instant at = Instant.parse("2026-01-05T10:00:00Z");
            v1.insertInto(org.jooq.impl.DSL.table("PERSON"), org.jooq.impl.DSL.field("NAME"), org.jooq.impl.DSL.field("EMAIL"),
                    org.jooq.impl.DSL.field("TITLE"), org.jooq.impl.DSL.field("DEPARTMENT"), org.jooq.impl.DSL.field("CREATED_AT"),
                    org.jooq.impl.DSL.field("UPDATED_AT"))
                    .values("Zoë Łukasz", "zoe@example.com", "CISO", "Security", java.time.OffsetDateTime.parse("2026-01-05T10:00:00Z"),
                            java.time.OffsetDateTime.parse("2026-01-05T10:00:00Z")).execute();
            keptId = LegacyRows.integration(connection, "Kept", "Summarises support tickets");
        }

        try (Database upgraded = Database.open(file)) {
            RegisterService service = new RegisterService(upgraded, () -> "alice");

            assertThat(upgraded.migrationsApplied()).isEqualTo(Migrations.count() - 1);
            assertThat(service.people()).extracting(Person::name).containsExactly("Zoë Łukasz");
            Integration kept = service.integration(keptId).orElseThrow();
            assertThat(kept).extracting(Integration::name, Integration::purpose, Integration::vendor, Integration::kind)
                    .containsExactly("Kept", "Summarises support tickets", "Acme AI", IntegrationKind.ASSISTANT_COPILOT);
            assertThat(service.search(SearchQuery.ALL.withText("summar"), 0, 10).rows())
                    .extracting(IntegrationSummary::id).containsExactly(keptId);
            assertThat(service.latestClassifications()).isEmpty();
            service.classify(kept.id(), kept.version(), TestAnswers.of(TestAnswers.readOnlyCopilot()));
            assertThat(service.classificationHistory(kept.id())).hasSize(1);
        }
    }
}
