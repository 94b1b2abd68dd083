package dev.steward.app.export.oscal;

import dev.steward.app.export.ExportInput;
import dev.steward.model.signing.Sha256;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/// Name-based (version 5, SHA-1) UUIDs for every OSCAL object of one attestation.
///
/// Exporting the same attestation twice must give the same document, or a GRC tool importing both would
/// see two assessments. Names are scoped by the snapshot hash and the signature, so another attestation
/// (or the same one once signed) gets other UUIDs. Version 5 rather than 3 because OSCAL's UUID pattern
/// accepts only versions 4 and 5.
final class OscalUuids {
    /// Steward's namespace for OSCAL names, itself derived from the URL namespace of RFC 9562.
    private static final UUID NAMESPACE = v5(UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
            "urn:x-steward:oscal");

    private final String scope;

    OscalUuids(ExportInput input) {
        this.scope = input.snapshotSha256() + "/" + input.signature().map(s -> Sha256.hex(s.signedPayload())).orElse("unsigned");
    }

    /// The UUID of the object called `name` (e.g. `finding/STW-03`) in this attestation's document.
    String of(String name) {
        return v5(NAMESPACE, scope + "/" + name).toString();
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }
}
