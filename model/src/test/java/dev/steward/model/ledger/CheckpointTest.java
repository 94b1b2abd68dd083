package dev.steward.model.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CheckpointTest {
    private static final User MAX = new User(1, "max", "Max Manager", "", Set.of(Role.MANAGER), true);
    private final Checkpoint checkpoint = Checkpoint.sign(7, "ab".repeat(32), MAX, SigningKeys.generate(),
            Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void roundTripsAndVerifies() {
        Checkpoint read = Checkpoint.fromJson(CanonicalJson.parse(checkpoint.toJson()), "$");

        assertThat(read).isEqualTo(checkpoint);
        assertThat(read.signatureProblems()).isEmpty();
    }

    @Test
    void anyChangedMemberBreaksTheSignature() {
        ObjectNode json = checkpoint.toJsonTree().put("signerName", "Mallory");

        assertThat(Checkpoint.fromJson(json, "$").signatureProblems()).singleElement().asString()
                .contains("signature does not verify");
    }

    @Test
    void readsStrictly() {
        assertThatThrownBy(() -> Checkpoint.fromJson(checkpoint.toJsonTree().put("note", "x"), "$.checkpoint"))
                .hasMessage("unknown member \"note\" at $.checkpoint.note");
        assertThatThrownBy(() -> Checkpoint.fromJson(checkpoint.toJsonTree().put("sequence", "7"), "$"))
                .hasMessageContaining("$.sequence must be a whole number");
        assertThatThrownBy(() -> Checkpoint.fromJson(checkpoint.toJsonTree().put("headHash", "AB".repeat(32)), "$"))
                .hasMessageContaining("$.headHash must be 64 lower-case hex digits");
    }

    @Test
    void standsAgainstALog() {
        assertThat(checkpoint.against(7, "ab".repeat(32))).isEmpty();
        assertThat(checkpoint.against(9, "ab".repeat(32))).isEmpty();
        assertThat(checkpoint.against(4, null)).get().asString().contains("the log has 4 events", "events 5 to 7");
        assertThat(checkpoint.against(7, "cd".repeat(32))).get().asString().contains("event 7 no longer has the hash");
    }
}
