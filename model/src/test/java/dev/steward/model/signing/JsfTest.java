package dev.steward.model.signing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

class JsfTest {
    private final KeyPair keys = SigningKeys.generate();

    @Test
    void aSignedObjectVerifiesAndAnyChangeBreaksIt() {
        ObjectNode doc = document();
        Jsf.sign(doc, "signature", keys);

        assertThat(Jsf.problems("doc", doc, "signature")).isEmpty();
        assertThat(doc.path("signature").path("algorithm").textValue()).isEqualTo("Ed25519");
        assertThat(Base64.getUrlDecoder().decode(doc.path("signature").path("value").textValue())).hasSize(64);

        ObjectNode changedText = doc.deepCopy();
        changedText.withObject("/inner").put("name", "Zoe");
        ObjectNode added = doc.deepCopy();
        added.put("extra", true);
        ObjectNode changedAlgorithmField = doc.deepCopy();
        changedAlgorithmField.withObject("/signature").put("keyId", "someone else");
        for (ObjectNode tampered : new ObjectNode[]{changedText, added, changedAlgorithmField}) {
            assertThat(Jsf.problems("doc", tampered, "signature")).singleElement().asString()
                    .contains("does not verify");
        }
    }

    @Test
    void theSignedBytesAreJcsSoReformattingAndNumberSpellingDoNotMatter() {
        ObjectNode doc = document();
        Jsf.sign(doc, "signature", keys);
        String indented = doc.toPrettyString().replace("\"score\" : 0.5", "\"score\" : 5E-1")
                .replace("\"count\" : 3", "\"count\" : 3.0");
        assertThat(indented).contains("5E-1").contains("3.0");

        JsonNode reread = CanonicalJson.parse(indented);

        assertThat(Jsf.problems("doc", reread, "signature")).isEmpty();
        // What is signed is the JCS text of the object without the signature's value, readable as such.
        ObjectNode unsigned = doc.deepCopy();
        unsigned.withObject("/signature").remove("value");
        assertThat(new String(Jsf.canonical(unsigned), StandardCharsets.UTF_8))
                .startsWith("{\"count\":3,\"inner\":{\"name\":\"Zoë\",\"score\":0.5},\"signature\":{\"algorithm\":\"Ed25519\"");
        Signature ed25519;
        try {
            ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(keys.getPublic());
            ed25519.update(Jsf.canonical(unsigned));
            assertThat(ed25519.verify(Base64.getUrlDecoder().decode(doc.path("signature").path("value").textValue()))).isTrue();
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theJwkCarriesTheRawPublicKeyAsRfc8037Shows() throws Exception {
        // RFC 8037 appendix A.1: the Ed25519 private key d and its public x.
        byte[] d = Base64.getUrlDecoder().decode("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420" + HexFormat.of().formatHex(d));
        var privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        ObjectNode signature = CanonicalJson.mapper().createObjectNode();
        signature.set("publicKey", CanonicalJson.mapper().createObjectNode().put("kty", "OKP").put("crv", "Ed25519")
                .put("x", "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"));
        PublicKey fromJwk = Jsf.publicKey(signature).orElseThrow();

        assertThat(Jsf.jwk(fromJwk).path("x").textValue()).isEqualTo("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
        ObjectNode doc = document();
        Jsf.sign(doc, "signature", new KeyPair(fromJwk, privateKey));
        assertThat(Jsf.problems("doc", doc, "signature")).isEmpty();
    }

    @Test
    void anotherKeyAnotherAlgorithmOrUnsignedMembersAreRefused() {
        ObjectNode doc = document();
        Jsf.sign(doc, "signature", keys);

        ObjectNode otherKey = doc.deepCopy();
        otherKey.withObject("/signature").set("publicKey", Jsf.jwk(SigningKeys.generate().getPublic()));
        assertThat(Jsf.problems("doc", otherKey, "signature")).singleElement().asString().contains("does not verify");

        ObjectNode rs256 = doc.deepCopy();
        rs256.withObject("/signature").put("algorithm", "RS256");
        assertThat(Jsf.problems("doc", rs256, "signature")).singleElement().asString().contains("expected \"Ed25519\"");

        ObjectNode excludes = doc.deepCopy();
        excludes.withObject("/signature").putArray("excludes").add("inner");
        assertThat(Jsf.problems("doc", excludes, "signature")).anySatisfy(p -> assertThat(p).contains("excludes"));

        assertThat(Jsf.problems("doc", document(), "signature")).singleElement().asString().contains("no signature object");
        ObjectNode badKey = doc.deepCopy();
        badKey.withObject("/signature").withObject("/publicKey").put("x", "AAAA");
        assertThat(Jsf.problems("doc", badKey, "signature")).singleElement().asString().contains("32-byte");
    }

    private static ObjectNode document() {
        ObjectNode doc = CanonicalJson.mapper().createObjectNode();
        doc.put("count", 3);
        doc.putObject("inner").put("name", "Zoë").put("score", 0.5);
        return doc;
    }
}
