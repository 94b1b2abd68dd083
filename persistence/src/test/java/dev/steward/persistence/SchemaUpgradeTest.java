package dev.steward.persistence;

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
        Integration kept;
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + file, "sa", "")) {
            // The repositories only touch version 1 tables here, so they can stand in for the old release.
            DSLContext v1 = DSL.using(connection, SQLDialect.H2);
            Instant at = Instant.parse("2026-01-05T10:00:00Z");
            new PersonRepository(v1).insert(Person.draft("Zoë Łukasz", "zoe@example.com", "CISO", "Security"), at);
            kept = new IntegrationRepository(v1).insert(
                    TestRegisters.minimal("Kept", IntegrationKind.ASSISTANT_COPILOT), at, "alice");
        }

        try (Database upgraded = Database.open(file)) {
            RegisterService service = new RegisterService(upgraded, () -> "alice");

            assertThat(upgraded.migrationsApplied()).isEqualTo(3);
            assertThat(service.people()).extracting(Person::name).containsExactly("Zoë Łukasz");
            assertThat(service.integration(kept.id())).contains(kept);
            assertThat(service.latestClassifications()).isEmpty();
            service.classify(kept.id(), kept.version(), TestAnswers.of(TestAnswers.readOnlyCopilot()));
            assertThat(service.classificationHistory(kept.id())).hasSize(1);
        }
    }
}
