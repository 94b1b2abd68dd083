package dev.steward.model.attestation;

import dev.steward.model.classification.ControlId;
import dev.steward.model.controls.ApplicabilityBasis;
import dev.steward.model.controls.ApplicableControl;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/// An applicable control with why it applies and how it was assessed: one line of an attestation.
public record AttestedControl(ControlId control, ApplicabilityBasis basis, String reason, ControlAssessment assessment) {
    public AttestedControl {
        Objects.requireNonNull(control, "control");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(assessment, "assessment");
        if (assessment.control() != control) {
            throw new IllegalArgumentException("assessment of " + assessment.control().code() + " filed under " + control.code());
        }
    }

    /// One line per applicable control, in the order given, each with its assessment from `assessments`
    /// or an unassessed one. Assessments of controls that no longer apply are dropped: they are not attested.
    public static List<AttestedControl> join(List<ApplicableControl> applicable, Collection<ControlAssessment> assessments) {
        Map<ControlId, ControlAssessment> byControl = assessments.stream()
                .collect(Collectors.toMap(ControlAssessment::control, Function.identity(), (a, b) -> b));
        return applicable.stream()
                .map(a -> new AttestedControl(a.control().id(), a.basis(), a.reason(),
                        byControl.getOrDefault(a.control().id(), ControlAssessment.unassessed(a.control().id()))))
                .toList();
    }
}
