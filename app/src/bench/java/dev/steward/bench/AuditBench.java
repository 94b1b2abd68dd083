package dev.steward.bench;

import dev.steward.model.ledger.ChainVerification;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/// Verifying the audit log's hash chain ({@link AuditLog#verifyChain}, which pages through
/// {@code LedgerVerifier}) against the raw limit: one plain JDBC scan of the same rows in sequence order,
/// reading every column but hashing nothing. The second of two runs is reported (the first warms the JIT).
final class AuditBench {
    private AuditBench() {
    }

    static void run(BenchConfig config, Results results) {
        int events = config.auditEvents();
        try (Database db = BenchData.freshRegister(config.out().resolve("data"), "audit")) {
            BenchData.auditChain(db.dataSource(), events);
            AuditLog log = new AuditLog(db.dsl());
            ChainVerification[] result = new ChainVerification[1];
            double ms = Timing.median(1, 1, () -> result[0] = log.verifyChain());
            if (!result[0].intact() || result[0].entriesChecked() != events) {
                throw new IllegalStateException("The generated chain did not verify: " + result[0]);
            }
            double raw = Timing.median(1, 1, () -> scan(db));
            results.add(Result.of("Audit log verification", events + " events", ms / 1000, "s", raw / 1000,
                    "JDBC scan of every column in seq order", "<= 5 s", ms <= 5000));
        }
    }

    private static long scan(Database db) throws SQLException {
        long chars = 0;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, occurred_at, actor, entity_type, entity_id, action, field,"
                     + " old_value, new_value, prev_hash, hash FROM audit_event ORDER BY seq")) {
            while (r.next()) {
                for (int i = 1; i <= 11; i++) {
                    String value = r.getString(i);
                    chars += value == null ? 0 : value.length();
                }
            }
        }
        return chars;
    }
}
