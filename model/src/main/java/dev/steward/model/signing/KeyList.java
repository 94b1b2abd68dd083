package dev.steward.model.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.KeyPair;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The organisation's signing keys with when each was valid, signed by an administrator: what an auditor
/// needs to accept a bundle offline even after its signer replaced their key, and to refuse one signed with
/// a key the organisation never vouched for.
///
/// JSON ({@link #toJsonTree()}), every member required and no other allowed:
/// `{"format":"steward-key-list/1","organisation":"…","issuedAt":"…","keys":[{"username","name","publicKey",
/// "fingerprint","validFrom","validUntil"}…],"signer":{"username","name","algorithm","publicKey","fingerprint"},
/// "signature":"…"}`. `validUntil` is `null` for a key still in use. The Ed25519 signature covers the
/// canonical JSON of the whole object without its `signature` member.
public record KeyList(String organisation, Instant issuedAt, List<Entry> keys, Signer signer, String signature) {
    public static final String FORMAT = "steward-key-list/1";
    static final List<String> MEMBERS = List.of("format", "organisation", "issuedAt", "keys", "signer", "signature");
    static final List<String> ENTRY_MEMBERS = List.of("username", "name", "publicKey", "fingerprint", "validFrom",
            "validUntil");
    static final List<String> SIGNER_MEMBERS = List.of("username", "name", "algorithm", "publicKey", "fingerprint");

    /// One key of one person: valid from `validFrom` (inclusive) until `validUntil` (exclusive, {@code null}: still valid).
    public record Entry(String username, String name, String publicKey, String fingerprint, Instant validFrom,
                        Instant validUntil) {
        public Entry {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
            Objects.requireNonNull(validFrom, "validFrom");
        }

        public boolean validAt(Instant at) {
            return !at.isBefore(validFrom) && (validUntil == null || at.isBefore(validUntil));
        }

        String period() {
            return "from " + validFrom + (validUntil == null ? " on" : " until " + validUntil);
        }
    }

    /// Who signed the list, with which key.
    public record Signer(String username, String name, String algorithm, String publicKey, String fingerprint) {
        public Signer {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(algorithm, "algorithm");
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    public KeyList {
        organisation = organisation == null ? "" : organisation;
        Objects.requireNonNull(issuedAt, "issuedAt");
        keys = List.copyOf(keys);
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(signature, "signature");
    }

    /// Signs `keys` as the administrator `username`/`name` with `signingKeys` at `issuedAt`.
    public static KeyList sign(String organisation, Instant issuedAt, List<Entry> keys, String username, String name,
                               KeyPair signingKeys) {
        Signer signer = new Signer(username, name, SigningKeys.ALGORITHM,
                SigningKeys.encodePublicKey(signingKeys.getPublic()), SigningKeys.fingerprint(signingKeys.getPublic()));
        KeyList unsigned = new KeyList(organisation, issuedAt, keys, signer, "");
        return new KeyList(organisation, issuedAt, keys, signer,
                Ed25519.sign(signingKeys.getPrivate(), unsigned.signedPayload()));
    }

    public byte[] signedPayload() {
        ObjectNode payload = toJsonTree();
        payload.remove("signature");
        return CanonicalJson.bytes(payload);
    }

    public ObjectNode toJsonTree() {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("format", FORMAT).put("organisation", organisation)
                .put("issuedAt", issuedAt.toString());
        ArrayNode list = root.putArray("keys");
        for (Entry e : keys) {
            list.addObject().put("username", e.username()).put("name", e.name()).put("publicKey", e.publicKey())
                    .put("fingerprint", e.fingerprint()).put("validFrom", e.validFrom().toString())
                    .put("validUntil", e.validUntil() == null ? null : e.validUntil().toString());
        }
        root.putObject("signer").put("username", signer.username()).put("name", signer.name())
                .put("algorithm", signer.algorithm()).put("publicKey", signer.publicKey())
                .put("fingerprint", signer.fingerprint());
        root.put("signature", signature);
        return root;
    }

    /// Reads a key list strictly: every member present with its type, none other, each named with its path.
    ///
    /// @throws IllegalArgumentException for the first problem found
    public static KeyList fromJson(JsonNode root) {
        StrictJson.requireKnownMembers(root, MEMBERS, "$");
        String format = StrictJson.text(root, "format", "$");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("$.format is \"" + format + "\", expected \"" + FORMAT + "\"");
        }
        JsonNode list = root.get("keys");
        if (list == null || !list.isArray()) {
            throw new IllegalArgumentException("$.keys must be an array");
        }
        List<Entry> keys = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String path = "$.keys[" + i + "]";
            JsonNode e = StrictJson.requireKnownMembers(list.get(i), ENTRY_MEMBERS, path);
            JsonNode until = e.get("validUntil");
            if (until == null) {
                throw new IllegalArgumentException(path + ".validUntil must be a string or null but is absent");
            }
            keys.add(new Entry(StrictJson.text(e, "username", path), StrictJson.text(e, "name", path),
                    StrictJson.text(e, "publicKey", path), StrictJson.text(e, "fingerprint", path),
                    instant(e, "validFrom", path), until.isNull() ? null : instant(e, "validUntil", path)));
        }
        JsonNode s = StrictJson.requireKnownMembers(root.get("signer"), SIGNER_MEMBERS, "$.signer");
        Signer signer = new Signer(StrictJson.text(s, "username", "$.signer"), StrictJson.text(s, "name", "$.signer"),
                StrictJson.text(s, "algorithm", "$.signer"), StrictJson.text(s, "publicKey", "$.signer"),
                StrictJson.text(s, "fingerprint", "$.signer"));
        return new KeyList(StrictJson.text(root, "organisation", "$"), instant(root, "issuedAt", "$"), keys, signer,
                StrictJson.text(root, "signature", "$"));
    }

    private static Instant instant(JsonNode node, String name, String path) {
        try {
            return Instant.parse(StrictJson.text(node, name, path));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(StrictJson.member(path, name) + " is not an ISO-8601 instant");
        }
    }

    /// Every reason the list's own signature does not hold, and every entry whose fingerprint is not its key's;
    /// empty when the list is sound. Whether its signer is to be trusted is the reader's call (its fingerprint).
    public List<String> problems() {
        List<String> problems = new ArrayList<>(Ed25519.problems("the key list's signature", signer.algorithm(),
                signer.publicKey(), signer.fingerprint(), signedPayload(), signature));
        for (int i = 0; i < keys.size(); i++) {
            Entry e = keys.get(i);
            String actual;
            try {
                actual = SigningKeys.fingerprint(SigningKeys.decodePublicKey(e.publicKey()));
            } catch (IllegalArgumentException ex) {
                problems.add("$.keys[" + i + "].publicKey is not a base64 X.509 Ed25519 public key");
                continue;
            }
            if (!actual.equals(e.fingerprint())) {
                problems.add("$.keys[" + i + "].fingerprint is not the SHA-256 of its publicKey");
            }
        }
        return problems;
    }

    /// Whether the key `fingerprint` was valid for the signer `username` named `name` at `at`.
    ///
    /// @param what what was signed, for the message ("the bundle", "the checkpoint")
    /// @return empty when it was; otherwise one sentence saying why not
    public Optional<String> refuses(String what, String username, String name, String fingerprint, Instant at) {
        List<Entry> matches = keys.stream().filter(e -> e.fingerprint().equals(fingerprint)).toList();
        if (matches.isEmpty()) {
            return Optional.of(what + " was signed with key " + fingerprint + ", which is not in the key list");
        }
        Optional<Entry> owner = matches.stream().filter(e -> e.username().equals(username)).findFirst();
        if (owner.isEmpty()) {
            return Optional.of(what + " names signer '" + username + "', but the key list gives key " + fingerprint
                    + " to '" + matches.getFirst().username() + "'");
        }
        Entry entry = owner.get();
        if (!entry.name().equals(name)) {
            return Optional.of(what + " names the signer \"" + name + "\", but the key list names '" + username
                    + "' \"" + entry.name() + "\"");
        }
        if (!entry.validAt(at)) {
            return Optional.of(what + " was signed at " + at + ", but key " + fingerprint + " was valid for '"
                    + username + "' only " + entry.period());
        }
        return Optional.empty();
    }
}
