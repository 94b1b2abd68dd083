package dev.steward.model.controls;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/// Applicability on real classifications from the engine, which also checks that every required
/// control is traced back to the rule that required it (see {@link RequiringRules}).
class EngineApplicabilityTest {
    private static final Map<String, Object> QUIET = Map.of(
            "local_only", "no", "authenticates", "no", "holds_secrets", "no", "credential_autonomy", "no",
            "delegated_access", "none", "calls_tools", "no", "acts_unattended", "no", "revocation_owner", "yes",
            "vendor_managed", "no", "pipeline_role", "none");

    private final ControlCatalog catalog = ControlCatalog.builtIn();

    @Test
    void quietIntegrationIsNotAnNhiAndKeepsOnlyItsRegistration() {
        Classification quiet = ClassificationEngine.classify(Answers.of(QUIET));
        assertThat(quiet.verdict()).isEqualTo(NhiVerdict.NOT_NHI);

        assertThat(catalog.applicableTo(quiet)).extracting(a -> a.control().id()).containsExactly(ControlId.REGISTERED_OWNER_SPONSOR);
    }

    @Test
    void unansweredIntegrationGetsTheNhiBaseline() {
        Classification unknown = ClassificationEngine.classify(Answers.empty());
        assertThat(unknown.verdict()).isEqualTo(NhiVerdict.UNDETERMINED);

        assertThat(catalog.applicableTo(unknown)).isNotEmpty()
                .allSatisfy(a -> assertThat(a.reason()).contains("treated as an NHI"))
                .extracting(a -> a.control().id()).contains(ControlId.REGISTERED_OWNER_SPONSOR, ControlId.TESTED_REVOCATION);
    }

    @Test
    void autonomousAdminAgentThatMovesMoneyGetsEveryControl() {
        Classification risky = classify("delegated_access", "admin", "calls_tools", "yes", "human_approves_each_action", "no",
                "acts_unattended", "yes", "action_impact", List.of("move_money", "deploy_code"));
        assertThat(risky.riskTier()).isEqualTo(RiskTier.CRITICAL);

        assertThat(catalog.applicableTo(risky)).extracting(a -> a.control().id()).containsExactly(ControlId.values());
    }

    @Test
    void everyControlTheEngineRequiresIsAttributedToARule() {
        for (Classification classification : variedClassifications()) {
            var applicable = catalog.applicableTo(classification);
            for (ControlId required : classification.requiredControls()) {
                assertThat(applicable).filteredOn(a -> a.control().id() == required).singleElement().satisfies(a -> {
                    assertThat(a.basis()).isEqualTo(ApplicabilityBasis.REQUIRED_BY_RULE);
                    assertThat(a.requiringRules()).as(required.code() + " in " + classification.firedRuleIds()).isNotEmpty();
                    assertThat(classification.firedRuleIds()).containsAll(a.requiringRules());
                    assertThat(a.reason()).startsWith("required by rule");
                });
            }
        }
    }

    @Test
    void applicableControlsNeverShrinkWhenTheClassificationRequiresMore() {
        for (Classification classification : variedClassifications()) {
            assertThat(catalog.applicableTo(classification)).extracting(a -> a.control().id())
                    .containsAll(classification.requiredControls())
                    .isSorted();
        }
    }

    private static List<Classification> variedClassifications() {
        List<Object[]> variations = List.of(
                new Object[]{"authenticates", "yes"},
                new Object[]{"credential_autonomy", "yes"},
                new Object[]{"holds_secrets", "yes"},
                new Object[]{"delegated_access", "write"},
                new Object[]{"calls_tools", "yes", "human_approves_each_action", "partial"},
                new Object[]{"acts_unattended", "yes"},
                new Object[]{"action_impact", List.of("invoke_agents", "modify_infrastructure")},
                new Object[]{"vendor_managed", "yes"},
                new Object[]{"cross_saas_token_handoff", "yes"});
        List<Classification> result = new ArrayList<>();
        for (int mask = 1; mask < 1 << variations.size(); mask += 7) {
            List<Object> overrides = new ArrayList<>();
            for (int bit = 0; bit < variations.size(); bit++) {
                if ((mask & 1 << bit) != 0) {
                    overrides.addAll(List.of(variations.get(bit)));
                }
            }
            result.add(classify(overrides.toArray()));
        }
        return result;
    }

    private static Classification classify(Object... overrides) {
        Map<String, Object> answers = new LinkedHashMap<>(QUIET);
        for (int i = 0; i < overrides.length; i += 2) {
            answers.put((String) overrides[i], overrides[i + 1]);
        }
        return ClassificationEngine.classify(Answers.of(answers));
    }
}
