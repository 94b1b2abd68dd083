package dev.steward.storage;

import dev.steward.model.ledger.HashChain;
import dev.steward.model.ledger.LedgerEntry;
import dev.steward.storage.jooq.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.AUDIT_HEAD;

/// Gives the audit rows written before the hash chain existed (schema version 2 and earlier) their hashes, so
/// an upgraded register verifies intact. The V3 migration already numbered them in insertion order; hashing
/// needs SHA-256 over canonical JSON, which is Java's job.
///
/// It seals only a log in which no row has a hash yet, that is, once, on the first open after the upgrade
/// (or the next one, if that open died before committing). Once any row is sealed it never touches the log
/// again: otherwise a row slipped in later without a hash would be blessed silently on the next start.
public final class LedgerSealer {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerSealer.class);

    private LedgerSealer() {
    }

    /// Seals every row in one transaction: all rows get their hash, or none does.
    ///
    /// @return how many rows were sealed; 0 when the log was already chained or is empty
    /// True when the audit log has events and none of them is hashed: a register from before the chain. Plain
    /// JDBC, so that opening an ordinary register does not wait for jOOQ's first query.
    static boolean hasUnsealedRows(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet hashed = statement.executeQuery(
                    "SELECT 1 FROM audit_event WHERE hash IS NOT NULL FETCH FIRST 1 ROWS ONLY")) {
                if (hashed.next()) {
                    return false;
                }
            }
            try (ResultSet any = statement.executeQuery("SELECT 1 FROM audit_event FETCH FIRST 1 ROWS ONLY")) {
                return any.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the audit log: " + e.getMessage(), e);
        }
    }

    static int sealLegacyRows(DSLContext dsl) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.fetchExists(AUDIT_EVENT, AUDIT_EVENT.HASH.isNotNull())) {
                return 0;
            }
            String previous = HashChain.GENESIS;
            long lastSeq = Long.MIN_VALUE;
            int sealed = 0;
            Result<AuditEventRecord> page;
            do {
                page = tx.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.SEQ.gt(lastSeq)).orderBy(AUDIT_EVENT.SEQ)
                        .limit(LedgerVerifier.PAGE).fetch();
                for (AuditEventRecord row : page) {
                    // Hash the values as stored, read back through the same conversions the verifier uses.
                    LedgerEntry entry = LedgerVerifier.toEntry(row);
                    String hash = HashChain.hash(previous, entry.sequence(), entry);
                    tx.update(AUDIT_EVENT).set(AUDIT_EVENT.PREV_HASH, previous).set(AUDIT_EVENT.HASH, hash)
                            .where(AUDIT_EVENT.ID.eq(row.getId())).execute();
                    previous = hash;
                    lastSeq = row.getSeq();
                    sealed++;
                }
            } while (page.size() == LedgerVerifier.PAGE);
            if (sealed > 0) {
                // the head (V13) was copied from the unhashed rows: it now continues from the last sealed hash
                tx.update(AUDIT_HEAD).set(AUDIT_HEAD.SEQ, lastSeq).set(AUDIT_HEAD.HASH, previous)
                        .where(AUDIT_HEAD.ID.eq(1)).execute();
                LOG.info("Sealed {} audit event(s) written before the audit log was hash-chained", sealed);
            }
            return sealed;
        });
    }
}
