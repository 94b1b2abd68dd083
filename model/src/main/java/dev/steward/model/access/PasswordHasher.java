package dev.steward.model.access;

import dev.steward.model.signing.Pbkdf2;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/// Password hashing with PBKDF2-HMAC-SHA256.
///
/// The stored form is self-describing, `pbkdf2-sha256$600000$<salt b64>$<hash b64>`, so that the iteration
/// count can be raised later without breaking existing accounts: {@link #verify} reads the count from the
/// stored string, and {@link #needsRehash} tells the caller when to re-hash at the next successful sign-in.
/// 600,000 iterations is OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.
public final class PasswordHasher {
    public static final String ALGORITHM_ID = "pbkdf2-sha256";
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /// Fewer iterations are only for tests, where 600,000 per case would make the suite slow.
    public PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    /// A fresh random salt per call, so equal passwords never share a stored hash.
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = pbkdf2(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM_ID + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /// True when `password` matches. A malformed or foreign stored string is never a match (it is not an
    /// error either: a tampered row must simply not let anyone in). Compares in constant time.
    public boolean verify(char[] password, String stored) {
        Parsed parsed = Parsed.of(stored);
        if (parsed == null) {
            return false;
        }
        byte[] actual = Pbkdf2.derive(password, parsed.salt, parsed.iterations, parsed.hash.length * 8);
        return MessageDigest.isEqual(actual, parsed.hash);
    }

    /// True when the stored hash used fewer iterations than this hasher, or is unreadable.
    public boolean needsRehash(String stored) {
        Parsed parsed = Parsed.of(stored);
        return parsed == null || parsed.iterations < iterations;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        return Pbkdf2.derive(password, salt, iterations, HASH_BITS);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        static Parsed of(String stored) {
            if (stored == null) {
                return null;
            }
            String[] parts = stored.split("\\$", -1);
            if (parts.length != 4 || !parts[0].equals(ALGORITHM_ID)) {
                return null;
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] hash = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || salt.length == 0 || hash.length == 0) {
                    return null;
                }
                return new Parsed(iterations, salt, hash);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
