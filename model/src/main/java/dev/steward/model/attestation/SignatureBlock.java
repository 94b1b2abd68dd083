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

import java.time.Instant;
import java.util.Objects;

/// Who signed what, when and with which key. The signer's name and title are copied in at signing time
/// so a later rename or promotion does not rewrite history.
///
/// The signature covers {@link #signedPayload()}: every field here except the signature itself, and
/// through `snapshotSha256` the snapshot. Changing any of them therefore breaks verification.
///
/// @param publicKey      X.509 DER of the signer's Ed25519 public key, base64
/// @param fingerprint    SHA-256 fingerprint of that key, as {@link dev.steward.model.signing.SigningKeys#fingerprint}
/// @param signature      Ed25519 signature of {@link #signedPayload()}, base64
/// @param snapshotSha256 SHA-256 hex of the snapshot's canonical JSON
public record SignatureBlock(String signerUsername, String signerName, String signerTitle, Instant signedAt,
                             String algorithm, String publicKey, String fingerprint, String signature,
                             String snapshotSha256) {
    public SignatureBlock {
        Objects.requireNonNull(signerUsername, "signerUsername");
        Objects.requireNonNull(signerName, "signerName");
        signerTitle = signerTitle == null ? "" : signerTitle;
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(snapshotSha256, "snapshotSha256");
    }

    /// Signs the canonical JSON of `document` as `signer` at `at`: the block names the document by its SHA-256
    /// ({@link #snapshotSha256}) and the key signs the block. Any signed Steward document (an attestation snapshot,
    /// a campaign report) is signed this way and verified by {@link SignedAttestation#of}`(document, block).verify()`.
    public static SignatureBlock sign(JsonNode document, User signer, KeyPair keys, Instant at) {
        String publicKey = SigningKeys.encodePublicKey(keys.getPublic());
        SignatureBlock unsigned = new SignatureBlock(signer.username(), signer.displayName(), signer.title(), at,
                SigningKeys.ALGORITHM, publicKey, SigningKeys.fingerprint(keys.getPublic()), "",
                Sha256.hex(CanonicalJson.bytes(document)));
        String signatureText = Ed25519.sign(keys.getPrivate(), unsigned.signedPayload());
        return new SignatureBlock(unsigned.signerUsername(), unsigned.signerName(), unsigned.signerTitle(),
                unsigned.signedAt(), unsigned.algorithm(), unsigned.publicKey(), unsigned.fingerprint(), signatureText,
                unsigned.snapshotSha256());
    }

    /// Canonical JSON bytes of every field but the signature: what the private key signs.
    public byte[] signedPayload() {
        ObjectNode payload = toJsonTree();
        payload.remove("signature");
        return CanonicalJson.bytes(payload);
    }

    public ObjectNode toJsonTree() {
        return JsonNodeFactory.instance.objectNode()
                .put("signerUsername", signerUsername).put("signerName", signerName).put("signerTitle", signerTitle)
                .put("signedAt", signedAt.toString()).put("algorithm", algorithm).put("publicKey", publicKey)
                .put("fingerprint", fingerprint).put("signature", signature).put("snapshotSha256", snapshotSha256);
    }

    /// @throws IllegalArgumentException when a field is missing or unreadable
    public static SignatureBlock fromJson(JsonNode n) {
        try {
            return new SignatureBlock(text(n, "signerUsername"), text(n, "signerName"), text(n, "signerTitle"),
                    Instant.parse(text(n, "signedAt")), text(n, "algorithm"), text(n, "publicKey"),
                    text(n, "fingerprint"), text(n, "signature"), text(n, "snapshotSha256"));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("signature block is not readable: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return value.textValue();
    }
}
