package dev.steward.storage;

import dev.steward.model.ledger.HashChain;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// {@link AuditChainTest} on a real PostgreSQL team register (see TeamServer).
class AuditChainOnPostgresTest extends AuditChainTest {
    @Override
    protected Database openDatabase() {
        return team();
    }

    /// On H2 a forged row can be slipped in and verification finds it; on PostgreSQL the append trigger refuses
    /// it even from the owner, since it does not follow the chain head.
    @Override
    @Test
    void forgedRowInsertedWithRenumberingIsReportedAsInserted() {
        assertThatThrownBy(() -> {
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action,"
                        + " field, old_value, new_value, prev_hash, hash) VALUES (3, TIMESTAMP WITH TIME ZONE"
                        + " '2030-01-01 00:00:05Z', 'mallory', 'TEST', 5, 'UPDATE', 'f', NULL, 'approved', '"
                        + HashChain.GENESIS + "', '" + "ab".repeat(32) + "')");
            }
        }).hasMessageContaining("does not follow the chain head");
        assertThat(db.dsl().fetchValue("SELECT COUNT(*) FROM audit_event WHERE actor = 'mallory'").toString())
                .isEqualTo("0");
    }
}
