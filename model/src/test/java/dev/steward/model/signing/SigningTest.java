package dev.steward.model.signing;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.*;

class SigningTest {
    private final PrivateKeyEncryption encryption = new PrivateKeyEncryption(1_000);
    private final KeyPair keys = SigningKeys.generate();

    @Test
    void encryptedKeyOpensWithThePassphraseAndStillSigns() throws Exception {
        String stored = encryption.encrypt(keys.getPrivate(), "manager passphrase".toCharArray());
        assertTrue(stored.startsWith("stw-key-v1$1000$"), stored);
        assertEquals(5, stored.split("\\$").length);

        var opened = encryption.decrypt(stored, "manager passphrase".toCharArray());
        assertArrayEquals(keys.getPrivate().getEncoded(), opened.getEncoded());
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(opened);
        s.update(new byte[]{1, 2});
        byte[] sig = s.sign();
        s.initVerify(keys.getPublic());
        s.update(new byte[]{1, 2});
        assertTrue(s.verify(sig));
    }

    @Test
    void wrongPassphraseIsClear() {
        String stored = encryption.encrypt(keys.getPrivate(), "manager passphrase".toCharArray());
        var e = assertThrows(WrongPassphraseException.class, () -> encryption.decrypt(stored, "manager passphrasE".toCharArray()));
        assertTrue(e.getMessage().contains("passphrase is wrong"));
    }

    @Test
    void tamperedCiphertextOrHeaderIsRejected() {
        String stored = encryption.encrypt(keys.getPrivate(), "pw".toCharArray());
        String[] p = stored.split("\\$");
        byte[] ct = Base64.getDecoder().decode(p[4]);
        ct[3] ^= 1;
        String tampered = String.join("$", p[0], p[1], p[2], p[3], Base64.getEncoder().withoutPadding().encodeToString(ct));
        assertThrows(WrongPassphraseException.class, () -> encryption.decrypt(tampered, "pw".toCharArray()));
        String fewerIterations = String.join("$", p[0], "999", p[2], p[3], p[4]);
        assertThrows(WrongPassphraseException.class, () -> encryption.decrypt(fewerIterations, "pw".toCharArray()));
        assertThrows(IllegalArgumentException.class, () -> encryption.decrypt("stw-key-v0$1$a$b$c", "pw".toCharArray()));
    }

    @Test
    void publicKeyAndFingerprintForms() {
        String encoded = SigningKeys.encodePublicKey(keys.getPublic());
        assertEquals(keys.getPublic(), SigningKeys.decodePublicKey(encoded));
        String fingerprint = SigningKeys.fingerprint(keys.getPublic());
        assertTrue(fingerprint.matches("([0-9a-f]{4} ){15}[0-9a-f]{4}"), fingerprint);
        assertEquals(Sha256.hex(keys.getPublic().getEncoded()), fingerprint.replace(" ", ""));
        assertEquals(fingerprint, SigningKeys.fingerprint(encoded));
        assertNotEquals(fingerprint, SigningKeys.fingerprint(SigningKeys.generate().getPublic()));
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevelWithoutWhitespace() {
        var parsed = CanonicalJson.parse("{ \"b\": 1, \"a\": {\"z\": [3, {\"y\": true, \"x\": null}], \"m\": \"t\"} }");
        assertEquals("{\"a\":{\"m\":\"t\",\"z\":[3,{\"x\":null,\"y\":true}]},\"b\":1}", CanonicalJson.write(parsed));
    }

    @Test
    void canonicalJsonOrdersKeysByUtf16AndKeepsUnicodeLiteral() {
        var node = JsonNodeFactory.instance.objectNode().put("é", 1).put("Z", 2).put("\uD83D\uDE00", 3).put("\uFB01", 4);
        // U+1F600 is the surrogate pair D83D DE00, which sorts before U+FB01 in UTF-16 order.
        assertEquals("{\"Z\":2,\"é\":1,\"\uD83D\uDE00\":3,\"\uFB01\":4}", CanonicalJson.write(node));
        assertArrayEquals("{\"k\":\"Zoë 東京\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                CanonicalJson.bytes(JsonNodeFactory.instance.objectNode().put("k", "Zoë 東京")));
        assertEquals("\"a\\\"b\\\\c\\n\\u0001\"", CanonicalJson.write(JsonNodeFactory.instance.textNode("a\"b\\c\n\u0001")));
    }

    @Test
    void canonicalJsonKeepsNumbersAsWritten() {
        assertEquals("[1.50,-0.25,12345678901234567890,0]", CanonicalJson.write(CanonicalJson.parse("[1.50, -0.25, 12345678901234567890, 0]")));
        var doubles = JsonNodeFactory.instance.arrayNode().add(1.0).add(1e21).add(1.5e-7).add(-0.0).add(123.456);
        assertEquals("[1,1e+21,1.5e-7,0,123.456]", CanonicalJson.write(doubles));
    }

    @Test
    void canonicalJsonIsStableAcrossRoundTrips() {
        String once = CanonicalJson.write(CanonicalJson.parse("{\"n\":{\"b\":[1,2],\"a\":\"ü\"},\"m\":2.000}"));
        assertEquals(once, CanonicalJson.write(CanonicalJson.parse(once)));
    }
}
