package dev.steward.model.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/// SHA-256 digests as lower-case hex, the form stored for evidence files, snapshots and the audit chain.
public final class Sha256 {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    public static byte[] digest(byte[]... parts) {
        MessageDigest md = newDigest();
        for (byte[] part : parts) {
            md.update(part);
        }
        return md.digest();
    }

    public static String hex(byte[]... parts) {
        return HexFormat.of().formatHex(digest(parts));
    }

    /// True for exactly 64 lower-case hex digits.
    public static boolean isHex(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
