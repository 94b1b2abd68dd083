package dev.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Jsf;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/// `export --format cyclonedx` and `verify` on a CycloneDX attestation, on a real register where rita submitted,
/// max signed and otto audits: only a manager who may sign can affirm, with their signing key's passphrase.
class CycloneDxCommandTest {
    @TempDir
    static Path shared;

    private static AttestationRegisters.Register register;

    @TempDir
    Path dir;

    @BeforeAll
    static void registerWithASignedAttestation() {
        register = AttestationRegisters.create(shared.resolve("register"));
    }

    private static CliRun export(String user, String passphrase, long attestation, Path out) {
        Map<String, String> environment = new HashMap<>();
        environment.put(CliSignIn.PASSWORD_VARIABLE, AttestationRegisters.PASSWORD);
        if (passphrase != null) {
            environment.put(CliSignIn.SIGNING_PASSPHRASE_VARIABLE, passphrase);
        }
        return CliRun.withEnvironment(register.db(), environment, "export", "--format", "cyclonedx", "--attestation",
                String.valueOf(attestation), "--user", user, "-o", out.toString());
    }

    @Test
    void theManagerAffirmsAndTheFileVerifiesOfflineWithTheirKey() throws IOException {
        Path bom = dir.resolve("attestation.cdx.json");

        CliRun export = export("max", AttestationRegisters.PASSPHRASE, register.signed(), bom);
        CliRun verify = CliRun.run(dir.resolve("no-database"), "verify", bom.toString(),
                "--expect-fingerprint", register.fingerprint());

        assertThat(export.exitCode()).as(export.err()).isEqualTo(ExitCode.OK);
        assertThat(export.err()).doesNotContain(AttestationRegisters.PASSPHRASE);
        JsonNode document = CanonicalJson.parse(Files.readString(bom));
        assertThat(Jsf.problems("the BOM", document, "signature")).isEmpty();
        assertThat(document.path("services").get(0).path("name").textValue()).isEqualTo(register.signedIntegration());
        assertThat(verify.exitCode()).as(verify.err()).isEqualTo(ExitCode.OK);
        assertThat(verify.out()).startsWith("VALID (CycloneDX attestation)").contains("Max Manager", "(as expected)",
                register.signedIntegration());
        assertThat(auditActions()).contains("AFFIRM");
    }

    @Test
    void verifyReportsATamperedFileAndAnUnexpectedKey() throws IOException {
        Path bom = dir.resolve("attestation.cdx.json");
        assertThat(export("max", AttestationRegisters.PASSPHRASE, register.signed(), bom).exitCode()).isEqualTo(ExitCode.OK);
        ObjectNode document = (ObjectNode) CanonicalJson.parse(Files.readString(bom));
        ((ObjectNode) document.path("declarations").path("attestations").get(0).path("map").get(0).path("conformance"))
                .put("score", 0.25);
        Path tampered = dir.resolve("tampered.cdx.json");
        Files.writeString(tampered, document.toPrettyString());

        CliRun changed = CliRun.run(dir, "verify", tampered.toString());
        CliRun otherKey = CliRun.run(dir, "verify", bom.toString(), "--expect-fingerprint", register.adminFingerprint());
        CliRun withKeyList = CliRun.run(dir, "verify", bom.toString(), "--keys", bom.toString());

        assertThat(changed.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(changed.out()).startsWith("INVALID").contains("the BOM signature", "does not verify");
        assertThat(otherKey.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(otherKey.out()).contains(VerifyCommand.KEY_NOT_TRUSTED);
        assertThat(withKeyList.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withKeyList.err()).contains("--expect-fingerprint");
    }

    @Test
    void onlyAManagerWhoDidNotSubmitItMayAffirmWithTheRightPassphrase() {
        Path out = dir.resolve("out.cdx.json");

        CliRun auditor = export("otto", AttestationRegisters.PASSPHRASE, register.signed(), out);
        CliRun submitter = export("rita", AttestationRegisters.PASSPHRASE, register.signed(), out);
        CliRun wrongPassphrase = export("max", "not the passphrase", register.signed(), out);
        CliRun noPassphrase = export("max", null, register.signed(), out);

        assertThat(List.of(auditor, submitter, wrongPassphrase, noPassphrase)).allSatisfy(run ->
                assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.AUTHENTICATION_FAILED));
        assertThat(auditor.err()).contains("Cannot affirm attestation " + register.signed(), "sign attestations");
        assertThat(wrongPassphrase.err()).contains("passphrase").doesNotContain("not the passphrase");
        assertThat(noPassphrase.err()).contains(CliSignIn.SIGNING_PASSPHRASE_VARIABLE);
        assertThat(out).doesNotExist();
    }

    @Test
    void anAttestationAwaitingSignatureCannotBeAffirmed() {
        Path out = dir.resolve("unsigned.cdx.json");

        CliRun run = export("max", AttestationRegisters.PASSPHRASE, register.submitted(), out);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains("Attestation " + register.submitted(), "not signed");
        assertThat(out).doesNotExist();
    }

    private static List<String> auditActions() {
        try (RegisterServices services = RegisterServices.over(Database.open(register.db()), Actor.system(() -> "test"),
                java.time.Clock.systemUTC(), AttestationRegisters.SECURITY)) {
            return services.database().dsl().select(dev.steward.storage.jooq.Tables.AUDIT_EVENT.ACTION)
                    .from(dev.steward.storage.jooq.Tables.AUDIT_EVENT)
                    .where(dev.steward.storage.jooq.Tables.AUDIT_EVENT.ENTITY_TYPE.eq(AuditLog.ATTESTATION))
                    .fetch(dev.steward.storage.jooq.Tables.AUDIT_EVENT.ACTION);
        }
    }
}
