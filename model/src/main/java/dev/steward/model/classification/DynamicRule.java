package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/// A rule whose condition or effect depends on the rules before it (verdict fallbacks,
/// the NHI baseline), not only on the answers.
record DynamicRule(String id, String title, List<String> inputs, Function<RuleContext, Optional<Effect>> evaluation)
        implements Rule {

    DynamicRule {
        inputs = List.copyOf(inputs);
    }

    @Override
    public Optional<Effect> evaluate(RuleContext context) {
        return evaluation.apply(context);
    }
}
