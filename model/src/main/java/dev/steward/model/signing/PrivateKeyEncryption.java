package dev.steward.model.signing;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/// Keeps a manager's private signing key encrypted under their passphrase, so a copied database does
/// not let anyone sign: PBKDF2-HMAC-SHA256 derives an AES-256 key, AES-GCM encrypts the PKCS#8 bytes.
///
/// Text form: `stw-key-v1$<iterations>$<salt b64>$<iv b64>$<ciphertext+tag b64>`. The version, iteration
/// count and salt are authenticated as associated data, so lowering the iteration count in a stored key
/// is detected like any other change.
public final class PrivateKeyEncryption {
    public static final String VERSION = "stw-key-v1";
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PrivateKeyEncryption() {
        this(DEFAULT_ITERATIONS);
    }

    /// Fewer iterations are only for tests.
    public PrivateKeyEncryption(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public String encrypt(PrivateKey key, char[] passphrase) {
        byte[] salt = random(SALT_BYTES);
        byte[] iv = random(IV_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String header = VERSION + "$" + iterations + "$" + b64.encodeToString(salt);
        byte[] pkcs8 = key.getEncoded();
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, iv, header);
            return header + "$" + b64.encodeToString(iv) + "$" + b64.encodeToString(cipher.doFinal(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /// Reads the iteration count from the stored text, so keys written with another count still open.
    ///
    /// @throws WrongPassphraseException when the passphrase is wrong or the ciphertext was altered
    /// @throws IllegalArgumentException when the text is not in the `stw-key-v1` format
    public PrivateKey decrypt(String encrypted, char[] passphrase) {
        String[] parts = encrypted == null ? new String[0] : encrypted.split("\\$", -1);
        if (parts.length != 5 || !parts[0].equals(VERSION)) {
            throw new IllegalArgumentException("not an encrypted Steward signing key (expected " + VERSION + "$...)");
        }
        int storedIterations;
        byte[] salt;
        byte[] iv;
        byte[] ciphertext;
        try {
            storedIterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            iv = Base64.getDecoder().decode(parts[3]);
            ciphertext = Base64.getDecoder().decode(parts[4]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encrypted signing key is damaged: " + e.getMessage(), e);
        }
        if (storedIterations < 1 || iv.length != IV_BYTES) {
            throw new IllegalArgumentException("the encrypted signing key is damaged: bad iteration count or IV");
        }
        String header = parts[0] + "$" + parts[1] + "$" + parts[2];
        byte[] pkcs8 = null;
        try {
            pkcs8 = cipher(Cipher.DECRYPT_MODE, passphrase, salt, storedIterations, iv, header).doFinal(ciphertext);
            return SigningKeys.decodePrivateKey(pkcs8);
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the encrypted signing key is damaged: " + e.getMessage(), e);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] iv, String header)
            throws GeneralSecurityException {
        byte[] keyBytes = Pbkdf2.derive(passphrase, salt, iterations, 256);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(keyBytes, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            return cipher;
        } finally {
            Arrays.fill(keyBytes, (byte) 0);
        }
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
