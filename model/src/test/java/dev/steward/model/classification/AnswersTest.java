package dev.steward.model.classification;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnswersTest {
    private final Answers answers = Answers.of(Map.of(
            "authenticates", "yes",
            "calls_tools", "unknown",
            "delegated_access", "write",
            "action_impact", List.of("read_data", "deploy_code")));

    @Test
    void typedAccessorsReadStringsAndLists() {
        assertThat(answers.yesNo("authenticates")).isEqualTo(YesNo.YES);
        assertThat(answers.yesNo("calls_tools")).isEqualTo(YesNo.UNKNOWN);
        assertThat(answers.yesNo("never_answered")).isEqualTo(YesNo.UNKNOWN);
        assertThat(answers.value("delegated_access")).contains("write");
        assertThat(answers.is("delegated_access", "write")).isTrue();
        assertThat(answers.isAnyOf("delegated_access", "read", "admin")).isFalse();
        assertThat(answers.selections("action_impact")).containsExactly("read_data", "deploy_code");
        assertThat(answers.selections("delegated_access")).containsExactly("write");
        assertThat(answers.selections("never_answered")).isEmpty();
        assertThat(DelegatedAccess.fromAnswers(answers)).isEqualTo(DelegatedAccess.WRITE);
        assertThat(ActionImpact.fromAnswers(answers)).containsExactlyInAnyOrder(ActionImpact.READ_DATA, ActionImpact.DEPLOY_CODE);
    }

    @Test
    void unknownIsAnAnswerButNotAKnownOne() {
        assertThat(answers.isAnswered("calls_tools")).isTrue();
        assertThat(answers.isKnown("calls_tools")).isFalse();
        assertThat(answers.isKnown("authenticates")).isTrue();
    }

    @Test
    void changesMakeCopies() {
        Answers changed = answers.with("calls_tools", "yes").without("authenticates");
        assertThat(changed.yesNo("calls_tools")).isEqualTo(YesNo.YES);
        assertThat(changed.isAnswered("authenticates")).isFalse();
        assertThat(answers.yesNo("calls_tools")).isEqualTo(YesNo.UNKNOWN);
        assertThatThrownBy(() -> answers.asMap().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void traceReferencesQuoteTheAnswer() {
        assertThat(answers.reference("authenticates")).isEqualTo("authenticates=yes");
        assertThat(answers.reference("action_impact")).isEqualTo("action_impact=[read_data, deploy_code]");
        assertThat(answers.reference("local_only")).isEqualTo("local_only=(no answer)");
    }

    @Test
    void nullMeansUnansweredAndOtherShapesAreRejected() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("notes", null);
        assertThat(Answers.of(raw).isAnswered("notes")).isFalse();
        assertThatThrownBy(() -> Answers.of(Map.of("authenticates", true))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("authenticates");
        assertThatThrownBy(() -> Answers.of(Map.of("action_impact", List.of(1)))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalAnswersAreEqual() {
        assertThat(Answers.of(Map.of("a", "yes"))).isEqualTo(Answers.empty().with("a", "yes")).hasSameHashCodeAs(Answers.of(Map.of("a", "yes")));
    }
}
