package dev.steward.model.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.User;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Ed25519;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.signing.StrictJson;

import java.security.KeyPair;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/// A signed statement "the audit log had `sequence` events and its head hash was `headHash`", made with a
/// manager's or administrator's Ed25519 key. Deleting the newest events leaves the rest of the chain intact;
/// a checkpoint kept anywhere (the register, a bundle, a PDF, a file) shows that the log once went further.
///
/// JSON ({@link #toJsonTree()}), all members required, no others allowed:
/// `{"format":"steward-audit-checkpoint/1","sequence":N,"headHash":"…","createdAt":"…","signerUsername":"…",
/// "signerName":"…","algorithm":"Ed25519","publicKey":"…","fingerprint":"…","signature":"…"}`. The signature
/// covers the canonical JSON of the object without its `signature` member, as an attestation's signature block.
///
/// @param sequence the sequence number of the newest event covered (0 for an empty log)
/// @param headHash that event's hash ({@link HashChain#GENESIS} for an empty log)
public record Checkpoint(long sequence, String headHash, Instant createdAt, String signerUsername, String signerName,
                         String algorithm, String publicKey, String fingerprint, String signature) {
    public static final String FORMAT = "steward-audit-checkpoint/1";
    public static final List<String> MEMBERS = List.of("format", "sequence", "headHash", "createdAt", "signerUsername",
            "signerName", "algorithm", "publicKey", "fingerprint", "signature");

    public Checkpoint {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        Objects.requireNonNull(headHash, "headHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(signerUsername, "signerUsername");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(signature, "signature");
    }

    /// Signs the head `sequence`/`headHash` as `signer` at `at`.
    public static Checkpoint sign(long sequence, String headHash, User signer, KeyPair keys, Instant at) {
        Checkpoint unsigned = new Checkpoint(sequence, headHash, at, signer.username(), signer.displayName(),
                SigningKeys.ALGORITHM, SigningKeys.encodePublicKey(keys.getPublic()),
                SigningKeys.fingerprint(keys.getPublic()), "");
        return unsigned.withSignature(Ed25519.sign(keys.getPrivate(), unsigned.signedPayload()));
    }

    private Checkpoint withSignature(String value) {
        return new Checkpoint(sequence, headHash, createdAt, signerUsername, signerName, algorithm, publicKey,
                fingerprint, value);
    }

    /// Canonical JSON of every member but `signature`: what the key signs.
    public byte[] signedPayload() {
        ObjectNode payload = toJsonTree();
        payload.remove("signature");
        return CanonicalJson.bytes(payload);
    }

    public ObjectNode toJsonTree() {
        return JsonNodeFactory.instance.objectNode().put("format", FORMAT).put("sequence", sequence)
                .put("headHash", headHash).put("createdAt", createdAt.toString()).put("signerUsername", signerUsername)
                .put("signerName", signerName).put("algorithm", algorithm).put("publicKey", publicKey)
                .put("fingerprint", fingerprint).put("signature", signature);
    }

    /// Canonical JSON text, as stored and as written to a checkpoint file.
    public String toJson() {
        return CanonicalJson.write(toJsonTree());
    }

    /// Reads a checkpoint strictly: every member present with its type, none other.
    ///
    /// @param path where `node` sits, for messages (`$` for a file of its own, `$.checkpoint` in a bundle)
    /// @throws IllegalArgumentException naming the member and its path
    public static Checkpoint fromJson(JsonNode node, String path) {
        StrictJson.requireKnownMembers(node, MEMBERS, path);
        String format = StrictJson.text(node, "format", path);
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException(StrictJson.member(path, "format") + " is \"" + format + "\", expected \""
                    + FORMAT + "\"");
        }
        JsonNode sequence = node.get("sequence");
        if (sequence == null || !sequence.isIntegralNumber() || !sequence.canConvertToLong() || sequence.longValue() < 0) {
            throw new IllegalArgumentException(StrictJson.member(path, "sequence")
                    + " must be a whole number of at least 0 but is " + (sequence == null ? "absent" : sequence));
        }
        String headHash = StrictJson.text(node, "headHash", path);
        if (headHash.length() != 64 || !isLowerHex(headHash)) {
            throw new IllegalArgumentException(StrictJson.member(path, "headHash") + " must be 64 lower-case hex digits");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(StrictJson.text(node, "createdAt", path));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(StrictJson.member(path, "createdAt") + " is not an ISO-8601 instant");
        }
        return new Checkpoint(sequence.longValue(), headHash, createdAt, StrictJson.text(node, "signerUsername", path),
                StrictJson.text(node, "signerName", path), StrictJson.text(node, "algorithm", path),
                StrictJson.text(node, "publicKey", path), StrictJson.text(node, "fingerprint", path),
                StrictJson.text(node, "signature", path));
    }

    private static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    /// Every reason the signature does not hold (algorithm, key, fingerprint, signature); empty when it holds.
    /// Whether the key belongs to the signer is for the caller: the register's key history, or a key list.
    public List<String> signatureProblems() {
        return Ed25519.problems("checkpoint", algorithm, publicKey, fingerprint, signedPayload(), signature);
    }

    /// "sequence 42, head 1a2b3c4d…, signed by Max Manager (max) at 2026-… with key 1a2b …", for messages.
    public String describe() {
        return "sequence " + sequence + ", head " + headHash.substring(0, Math.min(16, headHash.length())) + "…, signed by "
                + signerName + " (" + signerUsername + ") at " + createdAt + " with key " + fingerprint;
    }

    /// How the log at hand stands against this checkpoint.
    ///
    /// @param entries       events in the log (its newest sequence number when the chain is intact)
    /// @param hashAtSequence the stored hash of the event numbered {@link #sequence()}, or {@code null} when there is none
    /// @return empty when the log contains the checkpointed head, else one sentence saying what is wrong
    public java.util.Optional<String> against(long entries, String hashAtSequence) {
        if (sequence == 0) {
            return java.util.Optional.empty();
        }
        if (hashAtSequence == null || entries < sequence) {
            return java.util.Optional.of("the log has " + entries + " events but the checkpoint of " + createdAt
                    + " covers " + sequence + ": events " + (entries + 1) + (sequence > entries + 1 ? " to " + sequence : "")
                    + " (at least) were removed");
        }
        if (!hashAtSequence.equals(headHash)) {
            return java.util.Optional.of("event " + sequence + " no longer has the hash the checkpoint of " + createdAt
                    + " signed (" + headHash + "): the log was rewritten up to there");
        }
        return java.util.Optional.empty();
    }
}
