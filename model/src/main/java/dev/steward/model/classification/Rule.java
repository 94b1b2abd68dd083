package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;

/// One named classification rule. Rules are small and evaluated in a fixed order, each
/// either staying silent or contributing an {@link Effect} that the trace records by id.
interface Rule {
    /// Stable id such as `R01-credential-autonomy`; stored traces refer to it.
    String id();

    String title();

    /// Question ids whose answers the rule reads; the trace quotes these answers.
    List<String> inputs();

    Optional<Effect> evaluate(RuleContext context);

    /// The answers the trace quotes when the rule fires, e.g. `credential_autonomy=yes`.
    default List<String> answerRefs(Facts facts) {
        return inputs().stream().map(facts.answers()::reference).toList();
    }
}
