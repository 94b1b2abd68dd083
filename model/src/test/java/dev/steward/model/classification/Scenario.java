package dev.steward.model.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// One row of the scenario table: answers in, expected classification out.
record Scenario(String name, Map<String, Object> answers, NhiVerdict verdict, AutonomyLevel autonomy, RiskTier tier,
                Set<ControlId> controls, List<String> firedRules, List<String> silentRules) {

    /// Answers every scenario starts from unless it says otherwise: a fully answered integration
    /// that shows no identity signal, so each row only states what makes it different.
    static final List<String> QUIET_BASELINE = List.of(
            "local_only=no", "authenticates=no", "holds_secrets=no", "credential_autonomy=no", "delegated_access=none",
            "calls_tools=no", "acts_unattended=no", "revocation_owner=yes", "vendor_managed=no", "pipeline_role=none");

    @Override
    public String toString() {
        return name;
    }

    static Builder scenario(String name) {
        return new Builder(name);
    }

    /// Builds a row from `question=value` strings; multiple-choice values are comma separated.
    static final class Builder {
        private final String name;
        private final Map<String, Object> answers = new LinkedHashMap<>();
        private NhiVerdict verdict;
        private AutonomyLevel autonomy;
        private RiskTier tier;
        private final Set<ControlId> controls = EnumSet.noneOf(ControlId.class);
        private final List<String> fired = new ArrayList<>();
        private final List<String> silent = new ArrayList<>();

        private Builder(String name) {
            this.name = name;
        }

        /// The quiet baseline with these answers on top.
        Builder given(String... overrides) {
            put(QUIET_BASELINE);
            return givenOnly(overrides);
        }

        /// Exactly these answers, nothing else.
        Builder givenOnly(String... entries) {
            put(Arrays.asList(entries));
            return this;
        }

        private void put(List<String> entries) {
            for (String entry : entries) {
                int eq = entry.indexOf('=');
                String id = entry.substring(0, eq);
                String value = entry.substring(eq + 1);
                boolean multiple = Questionnaire.builtIn().question(id)
                        .map(q -> q.type() == AnswerType.MULTIPLE_CHOICE).orElse(false);
                answers.put(id, multiple ? List.of(value.split(",")) : value);
            }
        }

        Builder expect(NhiVerdict expectedVerdict, AutonomyLevel expectedAutonomy, RiskTier expectedTier) {
            this.verdict = expectedVerdict;
            this.autonomy = expectedAutonomy;
            this.tier = expectedTier;
            return this;
        }

        Builder requires(ControlId... required) {
            controls.addAll(List.of(required));
            return this;
        }

        Builder fires(String... ruleIds) {
            fired.addAll(List.of(ruleIds));
            return this;
        }

        Builder doesNotFire(String... ruleIds) {
            silent.addAll(List.of(ruleIds));
            return this;
        }

        Scenario build() {
            return new Scenario(name, Map.copyOf(answers), verdict, autonomy, tier, Set.copyOf(controls),
                    List.copyOf(fired), List.copyOf(silent));
        }
    }
}
