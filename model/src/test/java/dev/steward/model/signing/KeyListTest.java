package dev.steward.model.signing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The signed key list: strict reading, its own signature, and when it accepts a key for a signer.
class KeyListTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-06-01T00:00:00Z");
    private final KeyPair admin = SigningKeys.generate();
    private final KeyPair oldKey = SigningKeys.generate();
    private final KeyPair newKey = SigningKeys.generate();

    private KeyList list() {
        return KeyList.sign("Acme", T1.plusSeconds(60), List.of(
                entry("max", "Max Manager", oldKey, T0, T1), entry("max", "Max Manager", newKey, T1, null)),
                "ada", "Ada Admin", admin);
    }

    private static KeyList.Entry entry(String user, String name, KeyPair keys, Instant from, Instant until) {
        return new KeyList.Entry(user, name, SigningKeys.encodePublicKey(keys.getPublic()),
                SigningKeys.fingerprint(keys.getPublic()), from, until);
    }

    private static String fp(KeyPair keys) {
        return SigningKeys.fingerprint(keys.getPublic());
    }

    @Test
    void roundTripsAndVerifies() {
        KeyList read = KeyList.fromJson(CanonicalJson.parse(CanonicalJson.write(list().toJsonTree())));

        // Ed25519 is deterministic, so signing the same list again gives the same record
        assertThat(read).isEqualTo(list());
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void acceptsAKeyOnlyForItsSignerWithinItsPeriod() {
        KeyList list = list();
        Instant during = T0.plusSeconds(3600);

        assertThat(list.refuses("the bundle", "max", "Max Manager", fp(oldKey), during)).isEmpty();
        assertThat(list.refuses("the bundle", "max", "Max Manager", fp(newKey), T1)).isEmpty();
        assertThat(list.refuses("the bundle", "max", "Max Manager", fp(oldKey), T1)).get().asString()
                .contains("was valid for 'max' only from " + T0 + " until " + T1);
        assertThat(list.refuses("the bundle", "max", "Max Manager", fp(newKey), during)).get().asString()
                .contains("only from " + T1 + " on");
        assertThat(list.refuses("the bundle", "max", "Max Manager", fp(admin), during)).get().asString()
                .contains("not in the key list");
        assertThat(list.refuses("the bundle", "mallory", "Max Manager", fp(oldKey), during)).get().asString()
                .contains("names signer 'mallory'", "to 'max'");
        assertThat(list.refuses("the bundle", "max", "Maxine Manager", fp(oldKey), during)).get().asString()
                .contains("\"Maxine Manager\"", "\"Max Manager\"");
    }

    @Test
    void aChangedListFailsItsSignature() {
        ObjectNode json = list().toJsonTree();
        ((ObjectNode) json.path("keys").get(0)).put("validUntil", "2030-01-01T00:00:00Z");

        assertThat(KeyList.fromJson(json).problems()).singleElement().asString()
                .contains("signature does not verify");
    }

    @Test
    void unknownOrMissingMembersAreRefusedWithTheirPath() {
        ObjectNode extra = list().toJsonTree();
        ((ObjectNode) extra.path("keys").get(1)).put("roles", "ADMIN");
        ObjectNode missing = list().toJsonTree();
        ((ObjectNode) missing.path("signer")).remove("fingerprint");

        assertThatThrownBy(() -> KeyList.fromJson(extra))
                .hasMessage("unknown member \"roles\" at $.keys[1].roles");
        assertThatThrownBy(() -> KeyList.fromJson(missing))
                .hasMessage("$.signer.fingerprint must be a string but is absent");
    }
}
