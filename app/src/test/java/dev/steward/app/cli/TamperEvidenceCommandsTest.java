package dev.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.KeyList;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/// `steward checkpoint`, `verify-log` against checkpoints, `keys export` and `verify --keys` (issue 15), on a real
/// register made through the app's services and tampered with through plain JDBC.
class TamperEvidenceCommandsTest {
    private static final Map<String, String> SECRETS = Map.of(CliSignIn.PASSWORD_VARIABLE, AttestationRegisters.PASSWORD,
            CliSignIn.SIGNING_PASSPHRASE_VARIABLE, AttestationRegisters.PASSPHRASE);

    @TempDir
    Path dir;

    private AttestationRegisters.Register register;

    @BeforeEach
    void registerWithASignedAttestation() {
        register = AttestationRegisters.create(dir.resolve("register"));
    }

    private CliRun cli(String... args) {
        return CliRun.withEnvironment(register.db(), SECRETS, args);
    }

    private Path exportedBundle() {
        Path bundle = dir.resolve("bundle.json");
        CliRun export = cli("export", "--format", "json", "--attestation", String.valueOf(register.signed()),
                "--user", "otto", "-o", bundle.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        return bundle;
    }

    private void sql(String statement) {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + register.db(), "sa", "");
             Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void deletingTheNewestEventsAfterACheckpointIsReportedNamingTheCheckpoint() throws IOException {
        Path kept = dir.resolve("checkpoint.json");
        CliRun checkpoint = cli("checkpoint", "--user", "max", "--out", kept.toString());
        assertThat(checkpoint.exitCode()).as(checkpoint.err()).isEqualTo(ExitCode.OK);
        assertThat(checkpoint.out()).contains("Signed checkpoint: audit log sequence", "Max Manager (max)");
        CliRun before = cli("verify-log");
        assertThat(before.exitCode()).as(before.out() + before.err()).isEqualTo(ExitCode.OK);
        assertThat(before.out()).contains("intact: ", "checkpoints: 2 hold");
        long covered = CanonicalJson.parse(Files.readString(kept)).path("sequence").longValue();

        sql("DELETE FROM audit_event WHERE seq > " + (covered - 3));
        CliRun after = cli("verify-log");

        assertThat(after.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(after.out()).doesNotContain("broken: ")
                .contains("checkpoint not held: checkpoint #2 in the register (sequence " + covered,
                        "the log has " + (covered - 3) + " events");
        assertThat(after.err()).contains("steward verify-log: the audit log of " + register.db() + " does not hold");

        // whoever deleted the events can delete the stored checkpoints too: the file kept elsewhere still tells
        sql("DELETE FROM audit_checkpoint");
        assertThat(cli("verify-log").exitCode()).isEqualTo(ExitCode.OK);
        CliRun withFile = cli("verify-log", "--checkpoint", kept.toString());
        assertThat(withFile.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(withFile.out()).contains("checkpoint not held: checkpoint in " + kept + " (sequence " + covered);
    }

    @Test
    void theBundleCarriesTheSignOffCheckpointAndVerifyLogReadsItFromTheBundle() throws IOException {
        Path bundle = exportedBundle();
        JsonNode checkpoint = CanonicalJson.parse(Files.readString(bundle)).path("checkpoint");
        assertThat(checkpoint.path("signerUsername").asText()).isEqualTo("max");

        assertThat(cli("verify", bundle.toString()).out()).contains("checkpoint:   audit log sequence "
                + checkpoint.path("sequence").asLong());
        assertThat(cli("verify-log", "--checkpoint", bundle.toString()).exitCode()).isEqualTo(ExitCode.OK);

        sql("DELETE FROM audit_event WHERE seq >= " + checkpoint.path("sequence").asLong());
        sql("DELETE FROM audit_checkpoint");
        CliRun run = cli("verify-log", "--checkpoint", bundle.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("checkpoint in " + bundle, "were removed");
    }

    @Test
    void aForgedCheckpointFileIsReportedAndAMalformedOneIsInvalidInput() throws IOException {
        Path kept = dir.resolve("checkpoint.json");
        assertThat(cli("checkpoint", "--user", "ada", "--out", kept.toString()).exitCode()).isEqualTo(ExitCode.OK);
        ObjectNode json = (ObjectNode) CanonicalJson.parse(Files.readString(kept));
        Path forged = Files.writeString(dir.resolve("forged.json"), CanonicalJson.write(json.deepCopy()
                .put("sequence", json.path("sequence").asLong() - 1)));
        Path extra = Files.writeString(dir.resolve("extra.json"), CanonicalJson.write(json.deepCopy().put("note", "x")));

        CliRun run = cli("verify-log", "--checkpoint", forged.toString());
        CliRun unknown = cli("verify-log", "--checkpoint", extra.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(run.out()).contains("checkpoint in " + forged, "signed by Ada Admin (ada)", "signature does not verify");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains(extra + ": not a checkpoint: unknown member \"note\" at $.note");
    }

    @Test
    void checkpointsNeedAKeyHolderAndTheirPassphrase() {
        CliRun auditor = cli("checkpoint", "--user", "otto");
        CliRun wrong = CliRun.withEnvironment(register.db(), Map.of(CliSignIn.PASSWORD_VARIABLE,
                AttestationRegisters.PASSWORD, CliSignIn.SIGNING_PASSPHRASE_VARIABLE, "not the passphrase"),
                "checkpoint", "--user", "max");
        CliRun none = CliRun.withPassword(register.db(), AttestationRegisters.PASSWORD, "checkpoint", "--user", "max");

        assertThat(List.of(auditor, wrong, none)).allSatisfy(r ->
                assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.AUTHENTICATION_FAILED));
        assertThat(auditor.err()).contains("Cannot sign a checkpoint");
        assertThat(none.err()).contains(CliSignIn.SIGNING_PASSPHRASE_VARIABLE);
    }

    @Test
    void anExportedKeyListAcceptsTheBundleEvenAfterTheSignerReplacedTheirKey() throws IOException {
        Path bundle = exportedBundle();
        try (var db = dev.steward.storage.Database.open(register.db())) {
            var users = AttestationRegisters.users(db);
            users.createSigningKey(users.user("max").orElseThrow(), AttestationRegisters.PASSPHRASE.toCharArray());
        }
        Path keys = dir.resolve("keys.json");
        CliRun export = cli("keys", "export", "--user", "ada", "--out", keys.toString());
        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        assertThat(export.out()).contains("Exported 3 keys to " + keys, register.adminFingerprint());

        CliRun verify = cli("verify", bundle.toString(), "--keys", keys.toString(),
                "--keys-fingerprint", register.adminFingerprint());

        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).contains("valid for the signer then, by the key list", "signed by Ada Admin (ada)",
                "(as expected)");
        assertThat(cli("keys", "export", "--user", "max", "--out", dir.resolve("no.json").toString()).exitCode())
                .isEqualTo(ExitCode.AUTHENTICATION_FAILED);
    }

    @Test
    void verifyWithKeysRejectsWhatTheListDoesNotVouchFor() throws IOException {
        Path bundle = exportedBundle();
        JsonNode signature = CanonicalJson.parse(Files.readString(bundle)).path("signature");
        String publicKey = signature.path("publicKey").asText();
        String fingerprint = signature.path("fingerprint").asText();
        Instant signedAt = Instant.parse(signature.path("signedAt").asText());
        KeyPair admin = SigningKeys.generate();
        KeyPair other = SigningKeys.generate();
        KeyList.Entry otherKey = new KeyList.Entry("max", "Max Manager", SigningKeys.encodePublicKey(other.getPublic()),
                SigningKeys.fingerprint(other.getPublic()), signedAt.minusSeconds(3600), null);

        Map<String, KeyList> lists = Map.of(
                "not-listed", list(admin, otherKey),
                "expired", list(admin, new KeyList.Entry("max", "Max Manager", publicKey, fingerprint,
                        signedAt.minusSeconds(7200), signedAt.minusSeconds(60))),
                "not-yet", list(admin, new KeyList.Entry("max", "Max Manager", publicKey, fingerprint,
                        signedAt.plusSeconds(1), null)),
                "other-name", list(admin, new KeyList.Entry("max", "Maxine Other", publicKey, fingerprint,
                        signedAt.minusSeconds(3600), null)),
                "other-user", list(admin, new KeyList.Entry("mallory", "Max Manager", publicKey, fingerprint,
                        signedAt.minusSeconds(3600), null)));
        Map<String, String> expected = Map.of("not-listed", "which is not in the key list",
                "expired", "was valid for 'max' only from", "not-yet", "only from " + signedAt.plusSeconds(1) + " on",
                "other-name", "names the signer \"Max Manager\", but the key list names 'max' \"Maxine Other\"",
                "other-user", "names signer 'max', but the key list gives key");
        for (var e : lists.entrySet()) {
            Path file = Files.writeString(dir.resolve(e.getKey() + ".json"), CanonicalJson.write(e.getValue().toJsonTree()));
            CliRun run = cli("verify", bundle.toString(), "--keys", file.toString());
            assertThat(run.exitCode()).as(e.getKey() + run.out()).isEqualTo(ExitCode.CHECK_FAILED);
            assertThat(run.out()).as(e.getKey()).startsWith("INVALID").contains("KEY_NOT_LISTED: the bundle",
                    expected.get(e.getKey()));
        }

        KeyList good = list(admin, new KeyList.Entry("max", "Max Manager", publicKey, fingerprint,
                signedAt.minusSeconds(3600), null));
        ObjectNode broken = good.toJsonTree();
        ((ObjectNode) broken.path("keys").get(0)).put("validFrom", signedAt.minusSeconds(1).toString());
        Path brokenFile = Files.writeString(dir.resolve("broken.json"), CanonicalJson.write(broken));
        Path goodFile = Files.writeString(dir.resolve("good.json"), CanonicalJson.write(good.toJsonTree()));
        Path extraFile = Files.writeString(dir.resolve("extra.json"), CanonicalJson.write(good.toJsonTree().put("x", 1)));

        CliRun brokenRun = cli("verify", bundle.toString(), "--keys", brokenFile.toString());
        CliRun wrongSigner = cli("verify", bundle.toString(), "--keys", goodFile.toString(), "--keys-fingerprint",
                register.adminFingerprint());
        CliRun extra = cli("verify", bundle.toString(), "--keys", extraFile.toString());

        assertThat(brokenRun.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(brokenRun.out()).contains("KEY_LIST_INVALID", "signature does not verify");
        assertThat(wrongSigner.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(wrongSigner.out()).contains("KEY_LIST_INVALID: " + goodFile + " is signed with key "
                + SigningKeys.fingerprint(admin.getPublic()) + ", expected " + register.adminFingerprint());
        assertThat(extra.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(extra.err()).contains("not a Steward key list: unknown member \"x\" at $.x");
        // the checkpoint in the bundle is max's too, signed at sign-off with the same key
        assertThat(cli("verify", bundle.toString(), "--keys", goodFile.toString()).exitCode()).isEqualTo(ExitCode.OK);
    }

    private static KeyList list(KeyPair admin, KeyList.Entry entry) {
        return KeyList.sign("Acme", Instant.now(), List.of(entry), "ada", "Ada Admin", admin);
    }
}
