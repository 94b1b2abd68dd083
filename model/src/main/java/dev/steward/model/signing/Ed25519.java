package dev.steward.model.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/// Signing and checking one payload with Ed25519, the one algorithm every signed Steward file uses.
public final class Ed25519 {
    private Ed25519() {
    }

    /// The signature of `payload`, base64.
    ///
    /// @throws IllegalArgumentException when the key is not an Ed25519 private key
    public static String sign(PrivateKey key, byte[] payload) {
        try {
            Signature ed25519 = Signature.getInstance(SigningKeys.ALGORITHM);
            ed25519.initSign(key);
            ed25519.update(payload);
            return Base64.getEncoder().encodeToString(ed25519.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /// True when `signatureBase64` is `key`'s signature of `payload`; false for anything unreadable.
    public static boolean verifies(PublicKey key, byte[] payload, String signatureBase64) {
        try {
            Signature ed25519 = Signature.getInstance(SigningKeys.ALGORITHM);
            ed25519.initVerify(key);
            ed25519.update(payload);
            return ed25519.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /// Every reason the detached signature of a signed file does not hold, in the order an auditor checks
    /// them by hand; empty when it holds.
    ///
    /// @param what names the signed thing in messages, e.g. "the checkpoint"
    public static java.util.List<String> problems(String what, String algorithm, String publicKey, String fingerprint,
                                                  byte[] payload, String signature) {
        java.util.List<String> problems = new java.util.ArrayList<>();
        if (!SigningKeys.ALGORITHM.equals(algorithm)) {
            problems.add(what + ": algorithm is \"" + algorithm + "\", expected \"" + SigningKeys.ALGORITHM + "\"");
            return problems;
        }
        PublicKey key;
        try {
            key = SigningKeys.decodePublicKey(publicKey);
        } catch (IllegalArgumentException e) {
            problems.add(what + ": publicKey is not a base64 X.509 Ed25519 public key");
            return problems;
        }
        if (!SigningKeys.fingerprint(key).equals(fingerprint)) {
            problems.add(what + ": fingerprint is not the SHA-256 of its publicKey");
        }
        if (!verifies(key, payload, signature)) {
            problems.add(what + ": the Ed25519 signature does not verify over the canonical JSON of its other members");
        }
        return problems;
    }
}
