package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.Migrations;

import dev.steward.model.ledger.ChainBreak;
import dev.steward.model.ledger.ChainVerification;
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
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/// A register written by the release before the hash chain opens with its old audit rows sealed in order.
class LedgerUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void secondSchemaRegisterWithAuditRowsVerifiesIntactAfterUpgrade() throws SQLException {
        Path file = dir.resolve("v2-register");
        String url = "jdbc:h2:file:" + file;
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            // As the old release wrote them: no sequence, no hash, ids with a gap, nanosecond-free stamps.
            s.execute("INSERT INTO audit_event (id, occurred_at, actor, entity_type, entity_id, action, field,"
                    + " old_value, new_value) VALUES"
                    + " (3, TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00.123456Z', 'alice', 'PERSON', 1, 'CREATE', 'name', NULL, 'Zoë Łukasz'),"
                    + " (7, TIMESTAMP WITH TIME ZONE '2026-01-05 10:01:00Z', 'bob', 'PERSON', 1, 'UPDATE', 'title', 'CISO', '東京'),"
                    + " (9, TIMESTAMP WITH TIME ZONE '2026-01-05 09:59:00Z', 'carol', 'INTEGRATION', 4, 'RETIRE', NULL, NULL, NULL)");
        }

        try (Database db = Database.open(file)) {
            DSLContext dsl = db.dsl();
            assertThat(db.migrationsApplied()).isEqualTo(Migrations.count() - 2); // everything after V2
            assertThat(dsl.fetch("SELECT seq, actor FROM audit_event ORDER BY seq").map(r -> r.get(1, String.class)))
                    .as("sequence follows insertion order, not time").containsExactly("alice", "bob", "carol");
            ChainVerification upgraded = new AuditLog(dsl).verifyChain();
            assertThat(upgraded.intact()).isTrue();
            assertThat(upgraded.entriesChecked()).isEqualTo(3);

            new RegisterService(db, () -> "dave").savePerson(Person.draft("New", "new@example.com", null, null));
            ChainVerification extended = new AuditLog(dsl).verifyChain();
            assertThat(extended.intact()).isTrue();
            assertThat(extended.entriesChecked()).isGreaterThan(3);
        }

        // Sealing happens once: a row slipped in later without a hash is not blessed on the next open.
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("UPDATE audit_event SET hash = NULL WHERE seq = 2");
        }
        try (Database db = Database.open(file)) {
            assertThat(new AuditLog(db.dsl()).verifyChain().firstBreak()).get()
                    .extracting(ChainBreak::sequence).isEqualTo(2L);
        }
    }

    @Test
    void freshRegisterHasAnEmptyIntactChain() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            ChainVerification result = new AuditLog(DSL.using(db.dataSource(), SQLDialect.H2)).verifyChain();
            assertThat(result.intact()).isTrue();
            assertThat(result.entriesChecked()).isZero();
        }
    }
}
