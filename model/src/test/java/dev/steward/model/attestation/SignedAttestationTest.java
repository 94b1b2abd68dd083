package dev.steward.model.attestation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.attestation.VerificationResult.Failure;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.List;
import java.util.function.Consumer;

import static dev.steward.model.attestation.AttestationFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class SignedAttestationTest {
    private static final KeyPair KEYS = SigningKeys.generate();
    private final AttestationFixture f = new AttestationFixture(RiskTier.CRITICAL);
    private final AttestationSnapshot snapshot = f.snapshot(REVIEWER, NOW);
    private final SignedAttestation signed = SignedAttestation.sign(snapshot, MANAGER, KEYS, clock(NOW.plusSeconds(60)));

    @Test
    void snapshotJsonRoundTripIsExact() {
        AttestationSnapshot back = AttestationSnapshot.fromJson(snapshot.toJson());
        assertEquals(snapshot, back);
        assertEquals(snapshot.toJson(), back.toJson());
        assertEquals("Ana Sponsor", back.owners().sponsor());
        assertEquals(List.of("deploy_code", "read_data"), back.answers().selections("action_impact"));
        assertEquals(f.integration, back.integration());
    }

    @Test
    void signatureBlockFreezesTheSigner() {
        SignatureBlock block = signed.signature();
        assertEquals("max", block.signerUsername());
        assertEquals("Max Manager", block.signerName());
        assertEquals("Head of IT", block.signerTitle());
        assertEquals(NOW.plusSeconds(60), block.signedAt());
        assertEquals("Ed25519", block.algorithm());
        assertEquals(SigningKeys.fingerprint(KEYS.getPublic()), block.fingerprint());
        assertEquals(snapshot.sha256(), block.snapshotSha256());
    }

    @Test
    void exportedBundleVerifiesOnItsOwn() {
        SignedAttestation imported = SignedAttestation.fromJson(signed.toJson());
        assertTrue(imported.verify().valid(), imported.verify().describe());
        assertEquals(snapshot, imported.snapshot());
        assertTrue(imported.verify(SigningKeys.fingerprint(KEYS.getPublic())).valid());
        assertTrue(imported.verify(SigningKeys.fingerprint(SigningKeys.generate().getPublic())).failed(Failure.KEY_NOT_TRUSTED));
    }

    @Test
    void changingAFieldValueIsDetected() {
        assertHashMismatch(root -> ((ObjectNode) root.get("integration")).put("name", "Invoice triage agent."));
        assertHashMismatch(root -> ((ObjectNode) root.get("owners")).put("sponsor", "Someone Else"));
        assertHashMismatch(root -> ((ObjectNode) root.get("classification")).put("riskTier", "LOW"));
        assertHashMismatch(root -> root.put("asOf", NOW.plusSeconds(1).toString()));
    }

    @Test
    void changingAControlStatusIsDetected() {
        assertHashMismatch(root -> ((ObjectNode) root.get("controls").get(0)).put("status", "PARTIAL"));
    }

    @Test
    void changingAnEvidenceHashIsDetected() {
        assertHashMismatch(root -> ((ObjectNode) root.get("controls").get(1).get("evidence").get(0)).put("sha256", "cd".repeat(32)));
    }

    @Test
    void addingAFieldToTheSnapshotIsDetected() {
        assertHashMismatch(root -> root.put("note", "added later"));
    }

    @Test
    void changingAnySignatureBlockFieldIsDetected() {
        ObjectNode original = signed.signature().toJsonTree();
        for (String field : List.of("signerUsername", "signerName", "signerTitle", "signedAt", "snapshotSha256")) {
            ObjectNode block = original.deepCopy();
            block.put(field, field.equals("signedAt") ? NOW.toString() : field.equals("snapshotSha256") ? "0".repeat(64) : "x");
            VerificationResult result = SignedAttestation.of(snapshot.toJsonTree(), SignatureBlock.fromJson(block)).verify();
            assertTrue(result.failed(Failure.BAD_SIGNATURE), field + ": " + result.describe());
        }
    }

    @Test
    void aSwappedKeyOrFingerprintOrSignatureIsDetected() {
        KeyPair other = SigningKeys.generate();
        ObjectNode swappedKey = signed.signature().toJsonTree().put("publicKey", SigningKeys.encodePublicKey(other.getPublic()));
        VerificationResult keyResult = verifyWithBlock(swappedKey);
        assertTrue(keyResult.failed(Failure.FINGERPRINT_MISMATCH), keyResult.describe());
        assertTrue(keyResult.failed(Failure.BAD_SIGNATURE), keyResult.describe());

        ObjectNode swappedFingerprint = signed.signature().toJsonTree().put("fingerprint", SigningKeys.fingerprint(other.getPublic()));
        assertTrue(verifyWithBlock(swappedFingerprint).failed(Failure.FINGERPRINT_MISMATCH));

        SignedAttestation byOther = SignedAttestation.sign(snapshot, MANAGER, other, clock(NOW.plusSeconds(60)));
        ObjectNode foreignSignature = signed.signature().toJsonTree().put("signature", byOther.signature().signature());
        assertEquals(List.of(Failure.BAD_SIGNATURE), verifyWithBlock(foreignSignature).failures());

        ObjectNode wrongAlgorithm = signed.signature().toJsonTree().put("algorithm", "RSA");
        assertTrue(verifyWithBlock(wrongAlgorithm).failed(Failure.UNSUPPORTED_ALGORITHM));
    }

    private VerificationResult verifyWithBlock(ObjectNode block) {
        return SignedAttestation.of(snapshot.toJsonTree(), SignatureBlock.fromJson(block)).verify();
    }

    private void assertHashMismatch(Consumer<ObjectNode> tamper) {
        ObjectNode bundle = (ObjectNode) CanonicalJson.parse(signed.toJson());
        tamper.accept((ObjectNode) bundle.get("snapshot"));
        VerificationResult result = SignedAttestation.fromJson(CanonicalJson.write(bundle)).verify();
        assertEquals(List.of(Failure.SNAPSHOT_HASH_MISMATCH), result.failures(), result.describe());
        assertFalse(result.valid());
    }
}
