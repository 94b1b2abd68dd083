package dev.steward.app.export;

import dev.steward.app.export.formats.Exports;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.bundle.BundleCheck;
import dev.steward.app.export.bundle.BundleVerification;
import dev.steward.app.export.bundle.BundleVerifier;
import dev.steward.app.export.bundle.SignedBundleExport;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedBundleTest {
    private static final ExportFixture FIXTURE = new ExportFixture();
    private static final byte[] BUNDLE = export(FIXTURE.signedInput());

    @Test
    void aFreshBundleVerifiesFromTheFileAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("attestation.json");
        Exports.toFile(new SignedBundleExport(), FIXTURE.signedInput(), file, ExportProgress.NONE);

        BundleVerification result = BundleVerifier.verify(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.describe()).startsWith("VALID: signed by Max Manager").contains(FIXTURE.integration.name());
        assertThat(result.snapshot().orElseThrow()).isEqualTo(FIXTURE.snapshot);
    }

    @Test
    void theBundleHoldsTheExactSignedSnapshotKeyAndEvidence() {
        JsonNode root = CanonicalJson.parse(new String(BUNDLE, StandardCharsets.UTF_8));

        assertThat(root.path("format").textValue()).isEqualTo("steward-attestation-bundle");
        assertThat(root.path("version").intValue()).isEqualTo(1);
        assertThat(CanonicalJson.write(root.path("snapshot"))).isEqualTo(FIXTURE.signed.snapshotJson());
        assertThat(root.path("publicKey").textValue()).isEqualTo(SigningKeys.encodePublicKey(FIXTURE.keys.getPublic()));
        assertThat(root.path("fingerprint").textValue()).isEqualTo(SigningKeys.fingerprint(FIXTURE.keys.getPublic()));
        assertThat(root.path("evidence")).isNotEmpty();
        assertThat(root.path("evidence").get(0).path("sha256").textValue()).hasSize(64);
        assertThat(root.path("verify").textValue()).contains("steward verify");
        assertThat(new String(BUNDLE, StandardCharsets.UTF_8)).contains(ExportFixture.SPONSOR, ExportFixture.OWNER);
    }

    @Test
    void aChangedSnapshotFieldFailsTheHash() {
        BundleVerification result = tampered(root -> ((ObjectNode) root.path("snapshot").path("classification"))
                .put("riskTier", "LOW"));

        assertThat(result.failedChecks()).containsExactly(BundleCheck.SNAPSHOT_HASH_MISMATCH);
    }

    @Test
    void aChangedSignatureFails() {
        BundleVerification result = tampered(root -> {
            ObjectNode signature = (ObjectNode) root.path("signature");
            char[] sig = signature.path("signature").textValue().toCharArray();
            sig[10] = sig[10] == 'A' ? 'B' : 'A';
            signature.put("signature", new String(sig));
        });

        assertThat(result.failedChecks()).containsExactly(BundleCheck.BAD_SIGNATURE);
    }

    @Test
    void anotherPublicKeyInTheSignatureBlockFailsFingerprintAndSignature() {
        String otherKey = SigningKeys.encodePublicKey(SigningKeys.generate().getPublic());
        BundleVerification result = tampered(root -> {
            ((ObjectNode) root.path("signature")).put("publicKey", otherKey);
            ((ObjectNode) root).put("publicKey", otherKey);
        });

        assertThat(result.failedChecks()).containsExactlyInAnyOrder(BundleCheck.FINGERPRINT_MISMATCH, BundleCheck.BAD_SIGNATURE);
    }

    @Test
    void aTopLevelKeyThatDiffersFromTheSignedOneIsReported() {
        String otherKey = SigningKeys.encodePublicKey(SigningKeys.generate().getPublic());
        BundleVerification result = tampered(root -> ((ObjectNode) root).put("publicKey", otherKey)
                .put("fingerprint", SigningKeys.fingerprint(otherKey)));

        assertThat(result.failedChecks()).containsExactly(BundleCheck.KEY_MISMATCH);
        assertThat(result.problems()).hasSize(2);
    }

    @Test
    void aChangedEvidenceHashIsNamed() {
        String forged = "0".repeat(64);
        BundleVerification result = tampered(root -> ((ObjectNode) root.path("evidence").get(1)).put("sha256", forged));

        assertThat(result.failedChecks()).containsExactly(BundleCheck.EVIDENCE_MISMATCH);
        assertThat(result.problems().getFirst().detail()).startsWith("evidence[1]").contains("sha256").contains(forged);
    }

    @Test
    void aTruncatedFileIsMalformedJsonWithItsLocation() {
        BundleVerification result = BundleVerifier.verify(Arrays.copyOf(BUNDLE, BUNDLE.length / 2));

        assertThat(result.failedChecks()).containsExactly(BundleCheck.MALFORMED_JSON);
        assertThat(result.problems().getFirst().detail()).containsPattern("line \\d+, column \\d+");
        assertThat(result.describe()).startsWith("INVALID:");
    }

    @Test
    void missingFieldsAndForeignFilesAreNamed() {
        assertThat(tampered(root -> ((ObjectNode) root).remove("signature")).problems())
                .anySatisfy(p -> assertThat(p.detail()).contains("'signature'").contains("absent"));
        assertThat(BundleVerifier.verify("{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8)).failedChecks())
                .containsExactly(BundleCheck.NOT_A_BUNDLE);
        assertThat(BundleVerifier.verify("{\"format\":\"steward-attestation-bundle\",\"version\":2}".getBytes(StandardCharsets.UTF_8))
                .failedChecks()).containsExactly(BundleCheck.UNSUPPORTED_VERSION);
    }

    @Test
    void anUnsignedAttestationIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> new SignedBundleExport().write(FIXTURE.unsignedInput(), new ByteArrayOutputStream(), ExportProgress.NONE))
                .isInstanceOf(UnsignedAttestationException.class).hasMessageContaining("not signed");
    }

    private static BundleVerification tampered(Consumer<JsonNode> change) {
        JsonNode root = CanonicalJson.parse(new String(BUNDLE, StandardCharsets.UTF_8));
        change.accept(root);
        return BundleVerifier.verify(CanonicalJson.bytes(root));
    }

    private static byte[] export(ExportInput input) {
        return ExportFixture.bytes(new SignedBundleExport(), input);
    }
}
