package dev.steward.model.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// Enveloped JSON Signature Format (JSF 0.82) signatures with Ed25519, the signature form CycloneDX uses.
///
/// A JSF signature is an object `{"algorithm":"Ed25519","publicKey":{JWK},"value":"..."}` placed as a member of
/// the object it signs. The signed bytes are the JCS canonical form (RFC 8785) of that whole object, the
/// signature object included but without its `value` member; `value` is the raw 64-byte Ed25519 signature in
/// base64url without padding, and the key is an OKP JWK (RFC 8037) whose `x` is the raw 32-byte public key.
/// Signatures nested inside a signed object are signed first, so the outer signature covers their values.
///
/// Numbers are canonicalised as JCS reads them (IEEE doubles printed in ECMAScript form), so any JCS library
/// reproduces the signed bytes; integers beyond 2^53 would not survive that and Steward writes none.
public final class Jsf {
    public static final String ALGORITHM = SigningKeys.ALGORITHM;
    static final String VALUE = "value";
    private static final Set<String> MEMBERS = Set.of("algorithm", "keyId", "publicKey", VALUE);
    /// The X.509 SubjectPublicKeyInfo header of every Ed25519 key (RFC 8410): the DER is these 12 bytes and the raw key.
    private static final byte[] ED25519_SPKI_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final JsonMapper JCS_READER = JsonMapper.builder().build();

    private Jsf() {
    }

    /// Signs `holder` with `keys`, putting the signature in its member `member` (replacing one already there).
    public static void sign(ObjectNode holder, String member, KeyPair keys) {
        ObjectNode signature = holder.putObject(member);
        signature.put("algorithm", ALGORITHM);
        signature.set("publicKey", jwk(keys.getPublic()));
        byte[] signed = Base64.getDecoder().decode(Ed25519.sign(keys.getPrivate(), canonical(holder)));
        signature.put(VALUE, Base64.getUrlEncoder().withoutPadding().encodeToString(signed));
    }

    /// The OKP JWK of an Ed25519 public key: `{"kty":"OKP","crv":"Ed25519","x":base64url(raw key)}`.
    public static ObjectNode jwk(PublicKey key) {
        byte[] der = key.getEncoded();
        byte[] raw = Arrays.copyOfRange(der, ED25519_SPKI_PREFIX.length, der.length);
        return CanonicalJson.mapper().createObjectNode().put("kty", "OKP").put("crv", ALGORITHM)
                .put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
    }

    /// The public key a signature names, when it names a readable Ed25519 JWK.
    public static Optional<PublicKey> publicKey(JsonNode signature) {
        JsonNode jwk = signature == null ? null : signature.get("publicKey");
        if (jwk == null || !"OKP".equals(jwk.path("kty").textValue()) || !ALGORITHM.equals(jwk.path("crv").textValue())
                || !jwk.path("x").isTextual()) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(jwk.get("x").textValue());
            if (raw.length != 32) {
                return Optional.empty();
            }
            byte[] der = Arrays.copyOf(ED25519_SPKI_PREFIX, ED25519_SPKI_PREFIX.length + raw.length);
            System.arraycopy(raw, 0, der, ED25519_SPKI_PREFIX.length, raw.length);
            return Optional.of(SigningKeys.decodePublicKey(Base64.getEncoder().encodeToString(der)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /// Every reason the signature in member `member` of `holder` does not hold, each starting with `what`;
    /// empty when it holds. Only Ed25519 with an embedded public key is accepted, and no `excludes`: a signature
    /// that leaves members unsigned would let them be changed unnoticed.
    public static List<String> problems(String what, JsonNode holder, String member) {
        List<String> problems = new ArrayList<>();
        JsonNode signature = holder == null ? null : holder.get(member);
        if (signature == null || !signature.isObject()) {
            problems.add(what + ": there is no signature object in \"" + member + "\"");
            return problems;
        }
        StrictJson.unknownMembers(signature, MEMBERS, "$." + member)
                .forEach(unknown -> problems.add(what + ": " + unknown + " (excludes, chains and certificates are not accepted)"));
        if (!ALGORITHM.equals(signature.path("algorithm").textValue())) {
            problems.add(what + ": algorithm is " + signature.path("algorithm") + ", expected \"" + ALGORITHM + "\"");
            return problems;
        }
        Optional<PublicKey> key = publicKey(signature);
        if (key.isEmpty()) {
            problems.add(what + ": publicKey is not an OKP Ed25519 JWK with a 32-byte x");
            return problems;
        }
        String value = signature.path(VALUE).textValue();
        if (value == null || !verifies(key.get(), holder, member, value)) {
            problems.add(what + ": the Ed25519 signature does not verify over the JCS form of the signed object");
        }
        return problems;
    }

    private static boolean verifies(PublicKey key, JsonNode holder, String member, String value) {
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
        ObjectNode unsigned = holder.deepCopy();
        ((ObjectNode) unsigned.get(member)).remove(VALUE);
        return Ed25519.verifies(key, canonical(unsigned), Base64.getEncoder().encodeToString(signature));
    }

    /// JCS bytes: numbers re-read as doubles, so they print in ECMAScript form whatever parser read the file.
    static byte[] canonical(JsonNode node) {
        try {
            return CanonicalJson.bytes(JCS_READER.readTree(CanonicalJson.write(node)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("canonical JSON did not read back", e);
        }
    }
}
