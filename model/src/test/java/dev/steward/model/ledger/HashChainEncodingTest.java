package dev.steward.model.ledger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.signing.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/// The ledger's direct encoder writes byte for byte what the general canonical JSON writer writes, so hashes
/// made before and after the speed-up, and by any other canonical-JSON implementation, agree.
class HashChainEncodingTest {
    private static final String[] AWKWARD = {null, "", "plain", "quote \" and backslash \\", "tab\tnewline\ncr\r",
            "\u0000\u0001\u001f control", "Zo\u00eb \u0141ukasz \u6771\u4eac \u0644\u064a\u0644\u0649 \ud83d\ude80",
            "\u2028\u2029", "a\bb\fc", "slash/ and \u007f"};

    private static String viaTree(long seq, Instant at, String actor, String type, String id, String action,
                                  String field, String old, String now) {
        ObjectNode content = JsonNodeFactory.instance.objectNode()
                .put("sequence", seq)
                .put("occurredAt", at.truncatedTo(ChronoUnit.MICROS).toString())
                .put("actor", actor).put("entityType", type).put("entityId", id).put("action", action)
                .put("field", field).put("old", old).put("new", now);
        return CanonicalJson.write(content);
    }

    @Test
    void directEncodingEqualsTheCanonicalWriterOnAwkwardAndRandomText() {
        Random random = new Random(42);
        for (int n = 0; n < 5_000; n++) {
            String[] v = new String[6];
            for (int i = 0; i < v.length; i++) {
                v[i] = random.nextInt(3) == 0 ? AWKWARD[random.nextInt(AWKWARD.length)] : randomText(random);
            }
            long seq = random.nextLong(1, Long.MAX_VALUE);
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L), random.nextInt(1_000_000_000));
            assertThat(HashChain.canonical(seq, at, v[0], v[1], "42", v[2], v[3], v[4], v[5]))
                    .isEqualTo(viaTree(seq, at, v[0], v[1], "42", v[2], v[3], v[4], v[5]));
        }
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x20, 0x2FFFF) : random.nextInt(0, 0x80));
        }
        return text.toString();
    }
}
