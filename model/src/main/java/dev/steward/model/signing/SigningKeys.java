package dev.steward.model.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/// Ed25519 signing keys and their text forms. Ed25519 is built into the JDK (no provider to ship),
/// deterministic (no per-signature randomness to get wrong) and its keys are short enough to read out.
public final class SigningKeys {
    public static final String ALGORITHM = "Ed25519";

    private SigningKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    /// X.509 SubjectPublicKeyInfo DER, base64: what `openssl pkey -pubin` reads after a PEM header.
    public static String encodePublicKey(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /// @throws IllegalArgumentException when the text is not a base64 Ed25519 public key
    public static PublicKey decodePublicKey(String base64) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a base64 X.509 Ed25519 public key", e);
        }
    }

    static PrivateKey decodePrivateKey(byte[] pkcs8) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /// SHA-256 of the public key's DER, lower-case hex in groups of four separated by spaces, so two
    /// people can compare it by reading it aloud.
    public static String fingerprint(PublicKey key) {
        return fingerprintOfEncoded(key.getEncoded());
    }

    /// {@link #fingerprint(PublicKey)} of a key in {@link #encodePublicKey} form.
    public static String fingerprint(String publicKeyBase64) {
        return fingerprintOfEncoded(Base64.getDecoder().decode(publicKeyBase64));
    }

    private static String fingerprintOfEncoded(byte[] der) {
        String hex = HexFormat.of().formatHex(Sha256.digest(der));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(hex, i, i + 4);
        }
        return grouped.toString();
    }
}
