package dev.steward.model.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import static dev.steward.model.register.LifecycleStatus.ACTIVE;
import static dev.steward.model.register.LifecycleStatus.APPROVED;
import static dev.steward.model.register.LifecycleStatus.IN_REVIEW;
import static dev.steward.model.register.LifecycleStatus.PROPOSED;
import static dev.steward.model.register.LifecycleStatus.RESTRICTED;
import static dev.steward.model.register.LifecycleStatus.RETIRED;
import static dev.steward.model.register.LifecycleStatus.SUSPENDED;
import static dev.steward.model.register.LifecycleStatus.UNDER_REASSESSMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class LifecycleRulesTest {

    static Stream<Arguments> transitionTable() {
        return Stream.of(
                arguments(PROPOSED, EnumSet.of(IN_REVIEW, RETIRED)),
                arguments(IN_REVIEW, EnumSet.of(PROPOSED, APPROVED, RETIRED)),
                arguments(APPROVED, EnumSet.of(ACTIVE, RESTRICTED, UNDER_REASSESSMENT, SUSPENDED, RETIRED)),
                arguments(ACTIVE, EnumSet.of(RESTRICTED, UNDER_REASSESSMENT, SUSPENDED, RETIRED)),
                arguments(RESTRICTED, EnumSet.of(ACTIVE, UNDER_REASSESSMENT, SUSPENDED, RETIRED)),
                arguments(UNDER_REASSESSMENT, EnumSet.of(APPROVED, ACTIVE, RESTRICTED, SUSPENDED, RETIRED)),
                arguments(SUSPENDED, EnumSet.of(UNDER_REASSESSMENT, RETIRED)),
                arguments(RETIRED, EnumSet.noneOf(LifecycleStatus.class)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("transitionTable")
    void allowedTargetsFollowTheTable(LifecycleStatus from, Set<LifecycleStatus> expected) {
        assertThat(LifecycleRules.allowedTargets(from)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("transitionTable")
    void canMoveAgreesWithTheTableForEveryTarget(LifecycleStatus from, Set<LifecycleStatus> expected) {
        for (LifecycleStatus to : LifecycleStatus.values()) {
            boolean expectedAllowed = to == from || expected.contains(to);
            assertThat(LifecycleRules.canMove(from, to)).as("%s -> %s", from, to).isEqualTo(expectedAllowed);
        }
    }

    @Test
    void tableCoversEveryStatus() {
        assertThat(transitionTable().map(args -> args.get()[0]))
                .containsExactlyInAnyOrder((Object[]) LifecycleStatus.values());
    }

    @ParameterizedTest
    @EnumSource(LifecycleStatus.class)
    void noStatusListsItselfAsATarget(LifecycleStatus status) {
        assertThat(LifecycleRules.allowedTargets(status)).doesNotContain(status);
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = {"APPROVED", "ACTIVE", "RESTRICTED", "UNDER_REASSESSMENT",
            "SUSPENDED"})
    void ownedStatusesRequireOwnership(LifecycleStatus status) {
        assertThat(LifecycleRules.requiresOwnership(status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = {"PROPOSED", "IN_REVIEW", "RETIRED"})
    void proposalsAndRetiredEntriesDoNotRequireOwnership(LifecycleStatus status) {
        assertThat(LifecycleRules.requiresOwnership(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(LifecycleStatus.class)
    void onlyRetiredIsTerminal(LifecycleStatus status) {
        assertThat(LifecycleRules.isTerminal(status)).isEqualTo(status == RETIRED);
    }

    @Test
    void proposalCannotSkipReview() {
        assertThat(LifecycleRules.canMove(PROPOSED, ACTIVE)).isFalse();
        assertThat(LifecycleRules.canMove(PROPOSED, APPROVED)).isFalse();
    }

    @Test
    void suspendedMustBeReassessedBeforeRunningAgain() {
        assertThat(LifecycleRules.canMove(SUSPENDED, ACTIVE)).isFalse();
        assertThat(LifecycleRules.canMove(SUSPENDED, UNDER_REASSESSMENT)).isTrue();
    }
}
