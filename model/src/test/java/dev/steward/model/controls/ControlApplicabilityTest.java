package dev.steward.model.controls;

import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.DelegatedAccess;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.classification.RuleFiring;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.steward.model.classification.ControlId.*;
import static org.assertj.core.api.Assertions.assertThat;

/// Applicability from hand-made classifications, so each rule of {@link ControlCatalog#applicableTo} is pinned down.
class ControlApplicabilityTest {
    private final ControlCatalog catalog = ControlCatalog.builtIn();

    @Test
    void notAnNhiGetsOnlyTheRegistrationControl() {
        var applicable = catalog.applicableTo(classification(NhiVerdict.NOT_NHI, RiskTier.CRITICAL, List.of()));

        assertThat(applicable).extracting(a -> a.control().id()).containsExactly(REGISTERED_OWNER_SPONSOR);
        assertThat(applicable.getFirst().basis()).isEqualTo(ApplicabilityBasis.REGISTRATION_OF_NON_NHI);
        assertThat(applicable.getFirst().reason()).contains("not an NHI");
    }

    @Test
    void ruleRequiredControlsApplyEvenWhenNotAnNhi() {
        var required = new RuleFiring("R99-test", "Test rule", List.of(), "because -> requires STW-13");

        var applicable = catalog.applicableTo(classification(NhiVerdict.NOT_NHI, RiskTier.MINIMAL, List.of(required), HUMAN_APPROVAL_HIGH_IMPACT));

        assertThat(applicable).extracting(a -> a.control().id()).containsExactly(REGISTERED_OWNER_SPONSOR, HUMAN_APPROVAL_HIGH_IMPACT);
        assertThat(applicable.get(1).reason()).isEqualTo("required by rule R99-test (Test rule)");
        assertThat(applicable.get(1).requiringRules()).containsExactly("R99-test");
    }

    @Test
    void undeterminedIsTreatedAsAnNhiAndSaysSo() {
        var applicable = catalog.applicableTo(classification(NhiVerdict.UNDETERMINED, RiskTier.MINIMAL, List.of()));

        assertThat(applicable).extracting(a -> a.control().id()).containsExactlyElementsOf(appliesFromAtMost(RiskTier.MINIMAL));
        assertThat(applicable).allSatisfy(a -> {
            assertThat(a.basis()).isEqualTo(ApplicabilityBasis.NHI_AT_TIER);
            assertThat(a.reason()).contains("undetermined").contains("treated as an NHI");
        });
    }

    @ParameterizedTest
    @EnumSource(RiskTier.class)
    void anNhiGetsEveryControlWhoseThresholdItsTierReaches(RiskTier tier) {
        var applicable = catalog.applicableTo(classification(NhiVerdict.NHI, tier, List.of()));

        assertThat(applicable).extracting(a -> a.control().id()).containsExactlyElementsOf(appliesFromAtMost(tier));
        assertThat(applicable).allSatisfy(a -> assertThat(a.reason())
                .isEqualTo("applies to every NHI at tier \u2265 " + a.control().appliesFrom() + " (this one is " + tier + ")"));
    }

    @Test
    void thresholdsFollowTheCatalog() {
        assertThat(catalog.control(REGISTERED_OWNER_SPONSOR).appliesFrom()).isEqualTo(RiskTier.MINIMAL);
        assertThat(catalog.control(HUMAN_APPROVAL_HIGH_IMPACT).appliesFrom()).isEqualTo(RiskTier.HIGH);
        assertThat(controlsAt(RiskTier.MODERATE)).contains(RUNTIME_POLICY_AUTHZ, SHORT_LIVED_CREDENTIALS, ENVIRONMENT_ISOLATION)
                .doesNotContain(HUMAN_APPROVAL_HIGH_IMPACT, VENDOR_CREDENTIAL_OWNERSHIP);
        assertThat(controlsAt(RiskTier.HIGH)).contains(HUMAN_APPROVAL_HIGH_IMPACT).doesNotContain(VENDOR_CREDENTIAL_OWNERSHIP);
        assertThat(controlsAt(RiskTier.CRITICAL)).containsExactly(ControlId.values());
    }

    @Test
    void aRuleRequirementWinsOverTheTierAndNamesEveryRequiringRule() {
        var first = new RuleFiring("R02-authenticates", "Authenticates in its own right", List.of(), "signs in -> verdict NHI; requires STW-02, STW-12");
        var second = new RuleFiring("R12-nhi-baseline", "Baseline for every NHI", List.of(),
                "needs an owner -> tier at least LOW; requires STW-01, STW-02, STW-07, STW-09, STW-12");

        var applicable = catalog.applicableTo(classification(NhiVerdict.NHI, RiskTier.LOW, List.of(first, second),
                REGISTERED_OWNER_SPONSOR, WORKLOAD_IDENTITY, ACTIVITY_LOGGING, TESTED_REVOCATION, NO_HUMAN_USE_OF_AGENT_IDENTITY));

        var identity = applicable.stream().filter(a -> a.control().id() == WORKLOAD_IDENTITY).findFirst().orElseThrow();
        assertThat(identity.basis()).isEqualTo(ApplicabilityBasis.REQUIRED_BY_RULE);
        assertThat(identity.requiringRules()).containsExactly("R02-authenticates", "R12-nhi-baseline");
        assertThat(identity.reason()).isEqualTo(
                "required by rules R02-authenticates (Authenticates in its own right), R12-nhi-baseline (Baseline for every NHI)");
        // LOW-tier controls nobody required still apply, by tier.
        assertThat(applicable).filteredOn(a -> a.basis() == ApplicabilityBasis.NHI_AT_TIER)
                .extracting(a -> a.control().id()).containsExactly(SECRETS_IN_MANAGER, LEAST_PRIVILEGE_REVIEW, ROTATION_SCHEDULE, NO_IDENTITY_REUSE);
    }

    @Test
    void requiredControlWithoutATraceStillApplies() {
        var applicable = catalog.applicableTo(classification(NhiVerdict.NHI, RiskTier.MINIMAL, List.of(), VENDOR_CREDENTIAL_OWNERSHIP));

        assertThat(applicable).filteredOn(a -> a.control().id() == VENDOR_CREDENTIAL_OWNERSHIP).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("required by the classification"));
    }

    @Test
    void readsRequiredCodesFromTheEngineEffectText() {
        assertThat(RequiringRules.requiredCodes("It can change things -> autonomy at least A2_SUPERVISED; tier at least MODERATE; requires STW-05, STW-07"))
                .containsExactly("STW-05", "STW-07");
        assertThat(RequiringRules.requiredCodes("a -> b -> verdict NHI")).isEmpty();
        assertThat(RequiringRules.requiredCodes("no consequences at all")).isEmpty();
    }

    private List<ControlId> controlsAt(RiskTier tier) {
        return catalog.applicableTo(classification(NhiVerdict.NHI, tier, List.of())).stream().map(a -> a.control().id()).toList();
    }

    private List<ControlId> appliesFromAtMost(RiskTier tier) {
        return Arrays.stream(ControlId.values()).filter(id -> catalog.control(id).appliesFrom().compareTo(tier) <= 0).toList();
    }

    static Classification classification(NhiVerdict verdict, RiskTier tier, List<RuleFiring> trace, ControlId... required) {
        return new Classification("test", verdict, AutonomyLevel.A0_NONE, tier, List.of(required), trace, List.of(), List.of(),
                DelegatedAccess.NONE, Set.of());
    }
}
