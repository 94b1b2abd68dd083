package dev.steward.model.controls;

import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.RuleFiring;

import java.util.Arrays;
import java.util.List;

/// Finds which fired rules required a control.
///
/// {@link RuleFiring} carries its consequences only as text, written by the engine as
/// `reason -> verdict NHI; tier at least LOW; requires STW-01, STW-02`. Until the trace gains a
/// structured list, this reads the `requires` part of that text. A test runs real classifications
/// through it and fails if any required control loses its rule, so a format change is caught.
final class RequiringRules {
    private static final String CONSEQUENCES = " -> ";
    private static final String REQUIRES = "requires ";

    private RequiringRules() {
    }

    /// Fired rules whose consequences list the control, in evaluation order.
    static List<RuleFiring> of(Classification classification, ControlId control) {
        return classification.trace().stream().filter(f -> requiredCodes(f.effect()).contains(control.code())).toList();
    }

    static List<String> requiredCodes(String effect) {
        // The reason is free text and could itself contain the arrow; the consequences never do.
        int arrow = effect.lastIndexOf(CONSEQUENCES);
        if (arrow < 0) {
            return List.of();
        }
        return Arrays.stream(effect.substring(arrow + CONSEQUENCES.length()).split("; "))
                .filter(part -> part.startsWith(REQUIRES))
                .flatMap(part -> Arrays.stream(part.substring(REQUIRES.length()).split(",")))
                .map(String::strip)
                .toList();
    }
}
