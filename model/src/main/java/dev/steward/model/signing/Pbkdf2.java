package dev.steward.model.signing;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.GeneralSecurityException;

/// PBKDF2-HMAC-SHA256, shared by password hashing and signing-key encryption.
public final class Pbkdf2 {
    private Pbkdf2() {
    }

    public static byte[] derive(char[] secret, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
