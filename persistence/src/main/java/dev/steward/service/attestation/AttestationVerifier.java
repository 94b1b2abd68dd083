package dev.steward.service.attestation;

import dev.steward.storage.AttestationRepository;
import dev.steward.storage.UserRepository;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.attestation.VerificationResult;
import dev.steward.model.attestation.VerificationResult.Failure;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/// Verifies a stored signature with the model's {@link SignedAttestation#verify(String)}, adding what only the
/// register knows:
///
/// - the key must be one the register recorded for the signer (current or replaced), not merely the one the
///   signature block names: anyone can re-sign an altered snapshot with a key of their own;
/// - the stored snapshot text itself must hash to the signed value, so even an edit that keeps the JSON's
///   meaning (whitespace, member order) shows;
/// - unreadable JSON is a failed verification, not an exception.
public final class AttestationVerifier {
    private final UserRepository users;

    AttestationVerifier(UserRepository users) {
        this.users = users;
    }

    VerificationResult verify(String snapshotText, String signatureText) {
        SignatureBlock block;
        try {
            block = AttestationRepository.signatureBlock(signatureText);
        } catch (RuntimeException e) {
            return new VerificationResult(List.of(Failure.BAD_SIGNATURE));
        }
        JsonNode snapshot;
        try {
            snapshot = CanonicalJson.parse(snapshotText);
            SignedAttestation.of(snapshot, block);
        } catch (RuntimeException e) {
            return new VerificationResult(List.of(Failure.SNAPSHOT_HASH_MISMATCH));
        }
        // An unregistered fingerprint is passed as "", which the model reports as KEY_NOT_TRUSTED.
        String trusted = users.registeredFingerprints(block.signerUsername()).contains(block.fingerprint())
                ? block.fingerprint() : "";
        VerificationResult result = SignedAttestation.of(snapshot, block).verify(trusted);
        String textHash = Sha256.hex(snapshotText.getBytes(StandardCharsets.UTF_8));
        if (textHash.equals(block.snapshotSha256()) || result.failed(Failure.SNAPSHOT_HASH_MISMATCH)) {
            return result;
        }
        List<Failure> failures = new ArrayList<>(result.failures());
        failures.addFirst(Failure.SNAPSHOT_HASH_MISMATCH);
        return new VerificationResult(failures);
    }
}
