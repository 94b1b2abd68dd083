package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/// A rule with a fixed effect that fires when a condition on the facts holds.
record SimpleRule(String id, String title, List<String> inputs, Predicate<Facts> when, Effect effect) implements Rule {

    SimpleRule {
        inputs = List.copyOf(inputs);
    }

    @Override
    public Optional<Effect> evaluate(RuleContext context) {
        return when.test(context.facts()) ? Optional.of(effect) : Optional.empty();
    }
}
