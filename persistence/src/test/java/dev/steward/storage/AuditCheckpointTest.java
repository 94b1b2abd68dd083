package dev.steward.storage;

import dev.steward.service.audit.CheckpointService;
import dev.steward.service.audit.LogVerification;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.signing.WrongPassphraseException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Signed checkpoints of the audit head make the removal of the newest events detectable (issue 15): tampering
/// is done with plain JDBC on the register file, as someone with the file and no Steward would.
class AuditCheckpointTest extends AttestationFixture {
    private CheckpointService checkpoints;

    @BeforeEach
    void service() {
        checkpoints = new CheckpointService(db, clock, new PrivateKeyEncryption(1_000));
    }

    private Checkpoint onDemand(User user) {
        return checkpoints.checkpoint(user, TestUsers.PASSPHRASE.toCharArray());
    }

    private void moreEvents(int n) {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            events.add(new AuditEvent(0, clock.instant(), "x", "TEST", i, "UPDATE", "f", null, "v" + i));
        }
        db.dsl().transaction(tx -> new AuditLog(tx.dsl()).append(events));
    }

    @Test
    void anUntouchedLogHoldsEveryCheckpoint() {
        Checkpoint first = onDemand(max);
        moreEvents(5);
        Checkpoint second = onDemand(max);

        LogVerification result = checkpoints.verify(Map.of());

        assertThat(result.holds()).as(result.problems().toString()).isTrue();
        assertThat(result.checkpoints()).isEqualTo(2);
        assertThat(result.newest()).contains(second);
        assertThat(second.sequence()).isGreaterThan(first.sequence() + 5);
        assertThat(first.headHash()).isEqualTo(column("SELECT hash FROM audit_event WHERE seq = " + first.sequence()));
    }

    @Test
    void deletingTheNewestEventsAfterACheckpointIsReportedNamingIt() {
        moreEvents(5);
        Checkpoint checkpoint = onDemand(max);
        long covered = checkpoint.sequence();

        // the checkpoint's own event and the 3 newest events it covers
        sql("DELETE FROM audit_event WHERE seq > " + (covered - 3));

        LogVerification result = checkpoints.verify(Map.of());
        assertThat(result.chain().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(result.holds()).isFalse();
        assertThat(result.problems()).singleElement().asString()
                .contains("checkpoint #1 in the register", "sequence " + covered, "signed by Name of max (max)",
                        "the log has " + (covered - 3) + " events", "covers " + covered,
                        "events " + (covered - 2) + " to " + covered);
    }

    @Test
    void theCheckpointMadeAtSignOffCoversTheSignEvent() {
        StoredAttestation submitted = submittedBy(rita);
        as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        Checkpoint latest = checkpoints.latest().orElseThrow();
        assertThat(column("SELECT action FROM audit_event WHERE seq = " + latest.sequence())).isEqualTo(AuditLog.SIGN);
        assertThat(column("SELECT reason FROM audit_checkpoint")).isEqualTo(AuditCheckpoints.SIGN_OFF);

        sql("DELETE FROM audit_event WHERE seq >= " + latest.sequence());

        assertThat(checkpoints.verify(Map.of()).problems()).singleElement().asString()
                .contains("were removed");
    }

    @Test
    void aRewrittenTailIsReportedAsDivergence() {
        moreEvents(3);
        Checkpoint checkpoint = onDemand(max);
        // rewrite the covered head consistently: new content, and a hash chained correctly, so the chain is intact
        long seq = checkpoint.sequence();
        sql("DELETE FROM audit_event WHERE seq >= " + seq);
        // the chain head row moves with it, as a consistent rewrite would do (V13 audit_head)
        sql("UPDATE audit_head SET seq = (SELECT MAX(seq) FROM audit_event), "
                + "hash = (SELECT hash FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event))");
        moreEvents(2);

        LogVerification result = checkpoints.verify(Map.of());

        assertThat(result.chain().intact()).isTrue();
        assertThat(result.problems()).singleElement().asString()
                .contains("event " + seq + " no longer has the hash the checkpoint", checkpoint.headHash());
    }

    @Test
    void aForgedCheckpointSignatureIsReported() {
        Checkpoint genuine = onDemand(max);
        String forged = CanonicalJson.write(genuine.toJsonTree().put("sequence", genuine.sequence() + 1000));
        sql("UPDATE audit_checkpoint SET checkpoint = '" + forged + "'");

        LogVerification result = checkpoints.verify(Map.of());

        assertThat(result.problems()).singleElement().asString()
                .contains("checkpoint #1 in the register", "signature does not verify");
    }

    @Test
    void aCheckpointSignedWithAKeyTheSignerNeverHadIsReported() {
        onDemand(max);
        Checkpoint impostor = Checkpoint.sign(1, column("SELECT hash FROM audit_event WHERE seq = 1"), max,
                SigningKeys.generate(), clock.instant());

        LogVerification result = checkpoints.verify(Map.of("impostor.json", impostor));

        assertThat(impostor.signatureProblems()).isEmpty();
        assertThat(result.problems()).singleElement().asString()
                .contains("impostor.json", "was never registered to 'max' in this register");
    }

    @Test
    void aCheckpointKeptOutsideTheRegisterCatchesTruncationEvenWhenTheStoredOnesWentToo() {
        moreEvents(4);
        Checkpoint kept = onDemand(max);
        sql("DELETE FROM audit_event WHERE seq > " + (kept.sequence() - 2));
        sql("DELETE FROM audit_checkpoint");

        assertThat(checkpoints.verify(Map.of()).holds()).isTrue();
        LogVerification withFile = checkpoints.verify(Map.of("kept.json", kept));
        assertThat(withFile.problems()).singleElement().asString().startsWith("kept.json (sequence " + kept.sequence());
    }

    @Test
    void onlyKeyHoldersSignCheckpointsAndOnlyWithTheirPassphrase() {
        assertThatThrownBy(() -> onDemand(otto)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> checkpoints.checkpoint(max, "wrong passphrase 123".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        User admin = TestUsers.create(users, users.user("root").orElseThrow(), "adam", Role.ADMIN);
        assertThatThrownBy(() -> onDemand(admin)).hasMessageContaining("Create your signing key");
        users.createSigningKey(admin, TestUsers.PASSPHRASE.toCharArray());
        assertThat(onDemand(admin).signerUsername()).isEqualTo("adam");
        assertThat(rows("audit_checkpoint")).isEqualTo(1);
    }

    private void sql(String statement) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
