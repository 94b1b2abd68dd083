package dev.steward.model.controls;

import java.util.List;
import java.util.Objects;

/// A control that applies to one classified integration, and why.
///
/// @param control       the control
/// @param basis         the kind of reason
/// @param requiringRules ids of the classification rules that required it; empty unless basis is
///                       {@link ApplicabilityBasis#REQUIRED_BY_RULE}
/// @param reason        one sentence for people, e.g. "required by rule R12-nhi-baseline (Baseline for every NHI)"
public record ApplicableControl(Control control, ApplicabilityBasis basis, List<String> requiringRules, String reason) {

    public ApplicableControl {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        requiringRules = List.copyOf(requiringRules);
    }
}
