package dev.steward.model.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.User;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Ed25519;
import dev.steward.model.signing.Sha256;
import dev.steward.model.signing.SigningKeys;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/// A snapshot with its signature: the unit that is stored, exported and verified.
///
/// It keeps the snapshot as the JSON tree that was (or was said to be) signed, not as a re-serialised
/// object, so that verifying an exported bundle checks exactly the bytes in the bundle: a field added to
/// the file is a change, not something silently dropped when reading.
///
/// Bundle format ({@link #toJson()}): `{"format":"steward-signed-attestation/1","signature":{...},"snapshot":{...}}`
/// in canonical JSON. To verify without Steward: hash the canonical JSON of `snapshot` with SHA-256 and
/// compare to `signature.snapshotSha256`; check the fingerprint is SHA-256 of the base64-decoded
/// `publicKey`; verify the Ed25519 `signature` over the canonical JSON of the signature object without
/// its `signature` member.
public final class SignedAttestation {
    public static final String FORMAT = "steward-signed-attestation/1";

    private final ObjectNode snapshotJson;
    private final SignatureBlock signature;

    private SignedAttestation(ObjectNode snapshotJson, SignatureBlock signature) {
        this.snapshotJson = snapshotJson.deepCopy();
        this.signature = signature;
    }

    /// Signs the snapshot as `signer`, freezing their name and title, at the clock's instant.
    public static SignedAttestation sign(AttestationSnapshot snapshot, User signer, KeyPair keys, Clock clock) {
        ObjectNode json = snapshot.toJsonTree();
        return new SignedAttestation(json, SignatureBlock.sign(json, signer, keys, clock.instant()));
    }

    /// Rebuilds a signed attestation from stored parts, e.g. a snapshot CLOB and signature columns.
    public static SignedAttestation of(JsonNode snapshotJson, SignatureBlock signature) {
        if (!(snapshotJson instanceof ObjectNode object)) {
            throw new IllegalArgumentException("the snapshot must be a JSON object");
        }
        return new SignedAttestation(object, signature);
    }

    /// Reads a bundle written by {@link #toJson()}.
    public static SignedAttestation fromJson(String bundle) {
        JsonNode root = CanonicalJson.parse(bundle);
        if (!FORMAT.equals(root.path("format").textValue())) {
            throw new IllegalArgumentException("not a signed attestation of format " + FORMAT);
        }
        return of(root.path("snapshot"), SignatureBlock.fromJson(root.path("signature")));
    }

    public String toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        root.set("snapshot", snapshotJson.deepCopy());
        root.set("signature", signature.toJsonTree());
        return CanonicalJson.write(root);
    }

    public SignatureBlock signature() {
        return signature;
    }

    /// The signed snapshot as an object. Throws if the JSON is not a readable snapshot; {@link #verify()} does not.
    public AttestationSnapshot snapshot() {
        return AttestationSnapshot.fromJson(snapshotJson);
    }

    /// Canonical JSON of the snapshot exactly as held.
    public String snapshotJson() {
        return CanonicalJson.write(snapshotJson);
    }

    /// Checks the snapshot hash, the key's fingerprint and the signature, reporting every failure.
    public VerificationResult verify() {
        List<VerificationResult.Failure> failures = new ArrayList<>();
        if (!Sha256.hex(CanonicalJson.bytes(snapshotJson)).equals(signature.snapshotSha256())) {
            failures.add(VerificationResult.Failure.SNAPSHOT_HASH_MISMATCH);
        }
        if (!SigningKeys.ALGORITHM.equals(signature.algorithm())) {
            failures.add(VerificationResult.Failure.UNSUPPORTED_ALGORITHM);
            return new VerificationResult(failures);
        }
        PublicKey key;
        try {
            key = SigningKeys.decodePublicKey(signature.publicKey());
        } catch (IllegalArgumentException e) {
            failures.add(VerificationResult.Failure.MALFORMED_PUBLIC_KEY);
            return new VerificationResult(failures);
        }
        if (!SigningKeys.fingerprint(key).equals(signature.fingerprint())) {
            failures.add(VerificationResult.Failure.FINGERPRINT_MISMATCH);
        }
        if (!signatureMatches(key)) {
            failures.add(VerificationResult.Failure.BAD_SIGNATURE);
        }
        return new VerificationResult(failures);
    }

    /// {@link #verify()}, and the key must be the one with `trustedFingerprint` (e.g. the signer's registered key).
    public VerificationResult verify(String trustedFingerprint) {
        VerificationResult result = verify();
        if (signature.fingerprint().equals(trustedFingerprint) && !result.failed(VerificationResult.Failure.FINGERPRINT_MISMATCH)) {
            return result;
        }
        List<VerificationResult.Failure> failures = new ArrayList<>(result.failures());
        failures.add(VerificationResult.Failure.KEY_NOT_TRUSTED);
        return new VerificationResult(failures);
    }

    private boolean signatureMatches(PublicKey key) {
        return Ed25519.verifies(key, signature.signedPayload(), signature.signature());
    }
}
