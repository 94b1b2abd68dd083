package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.RegisterFixture;

import dev.steward.model.ledger.ChainBreak;
import dev.steward.model.ledger.ChainVerification;
import dev.steward.model.ledger.HashChain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// The audit log as a hash chain on a real register file: tampering through plain JDBC is caught at the
/// row where it happened.
class AuditChainTest extends RegisterFixture {
    private static final Instant BASE = Instant.parse("2030-01-01T00:00:00.123456789Z");

    @BeforeEach
    void writeTenMoreEvents() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            events.add(new AuditEvent(0, BASE.plusSeconds(i), "x", "TEST", i, "UPDATE", "f", "old " + i, "new " + i));
        }
        db.dsl().transaction(tx -> new AuditLog(tx.dsl()).append(events));
    }

    @Test
    void untouchedLogVerifiesAndHeadIsTheLastHash() {
        ChainVerification result = log().verifyChain();

        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(rows()).isGreaterThan(10);
        assertThat(result.headHash()).isEqualTo(single("SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1"))
                .isNotEqualTo(HashChain.GENESIS);
        assertThat(single("SELECT prev_hash FROM audit_event WHERE seq = 1")).isEqualTo(HashChain.GENESIS);
    }

    @Test
    void seqIsGapFreeAndEachRowChainsFromThePrevious() {
        assertThat(single("SELECT COUNT(*) FROM audit_event a JOIN audit_event b ON b.seq = a.seq + 1"
                + " WHERE b.prev_hash <> a.hash")).isEqualTo("0");
        assertThat(single("SELECT MAX(seq) FROM audit_event")).isEqualTo(String.valueOf(rows()));
    }

    @Test
    void chainSpansManyPagesOfTheVerifier() {
        List<AuditEvent> many = new ArrayList<>();
        for (int i = 0; i < LedgerVerifier.PAGE + 50; i++) {
            many.add(new AuditEvent(0, BASE, "bulk", "TEST", 99, "UPDATE", "n", null, Integer.toString(i)));
        }
        db.dsl().transaction(tx -> new AuditLog(tx.dsl()).append(many));
        long target = rows() - 20;
        sql("UPDATE audit_event SET actor = 'mallory' WHERE seq = " + target);

        ChainVerification result = log().verifyChain();

        assertThat(result.entriesChecked()).isEqualTo(rows());
        assertThat(result.firstBreak()).get().extracting(ChainBreak::sequence, ChainBreak::kind)
                .containsExactly(target, ChainBreak.Kind.EDITED);
    }

    @Test
    void editedValueIsReportedAtThatRow() {
        long target = seqOfNewValue("new 5");
        sql("UPDATE audit_event SET new_value = 'forged' WHERE seq = " + target);

        assertBreak(target, ChainBreak.Kind.EDITED);
    }

    @Test
    void deletedMiddleRowIsReportedAsMissing() {
        long target = seqOfNewValue("new 5");
        sql("DELETE FROM audit_event WHERE seq = " + target);

        assertBreak(target, ChainBreak.Kind.DELETED);
    }

    @Test
    void swappedRowsAreReportedAsReordered() {
        long first = seqOfNewValue("new 4");
        long second = seqOfNewValue("new 5");
        sql("UPDATE audit_event SET seq = -1 WHERE seq = " + first);
        sql("UPDATE audit_event SET seq = " + first + " WHERE seq = " + second);
        sql("UPDATE audit_event SET seq = " + second + " WHERE seq = -1");

        assertBreak(first, ChainBreak.Kind.REORDERED);
    }

    @Test
    void forgedRowInsertedWithRenumberingIsReportedAsInserted() {
        long at = seqOfNewValue("new 5");
        sql("UPDATE audit_event SET seq = seq + 1000000 WHERE seq >= " + at);
        sql("UPDATE audit_event SET seq = seq - 999999 WHERE seq >= 1000000");
        sql("INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, field, old_value,"
                + " new_value, prev_hash, hash) VALUES (" + at + ", TIMESTAMP WITH TIME ZONE '2030-01-01 00:00:05Z',"
                + " 'mallory', 'TEST', 5, 'UPDATE', 'f', NULL, 'approved', '" + HashChain.GENESIS + "', '"
                + "ab".repeat(32) + "')");

        assertBreak(at, ChainBreak.Kind.INSERTED);
    }

    @Test
    void appendedRowsSurviveReopening() {
        db.close();
        db = reopenDatabase();

        assertThat(log().verifyChain().intact()).isTrue();
        service = new RegisterService(db, () -> "alice");
        createFull("After reopen");
        assertThat(log().verifyChain().intact()).isTrue();
    }

    private void assertBreak(long sequence, ChainBreak.Kind kind) {
        ChainVerification result = log().verifyChain();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBreak()).get().satisfies(b -> {
            assertThat(b.sequence()).isEqualTo(sequence);
            assertThat(b.kind()).isEqualTo(kind);
        });
    }

    private AuditLog log() {
        return new AuditLog(db.dsl());
    }

    private long seqOfNewValue(String newValue) {
        return Long.parseLong(single("SELECT seq FROM audit_event WHERE new_value = '" + newValue + "'"));
    }

    private int rows() {
        return Integer.parseInt(single("SELECT COUNT(*) FROM audit_event"));
    }

    private String single(String query) {
        return db.dsl().fetchValue(query).toString();
    }

    private void sql(String statement) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
