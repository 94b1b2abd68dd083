package dev.steward.service.attestation;

import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.controls.ApplicableControl;

import java.time.Instant;
import java.util.Objects;

/// One applicable control of an integration with the reviewer's current assessment, as the assessment
/// screen shows it.
///
/// @param applicable the control and why it applies, from the latest classification
/// @param assessment the stored assessment with its evidence, or an unassessed one
/// @param version    the stored row's version to pass back to {@link AttestationService#saveAssessment};
///                   0 while the control was never assessed
/// @param assessedBy who saved it last; {@code null} while never assessed
/// @param assessedAt when; {@code null} while never assessed
public record AssessedControl(ApplicableControl applicable, ControlAssessment assessment, long version,
                              String assessedBy, Instant assessedAt) {
    public AssessedControl {
        Objects.requireNonNull(applicable, "applicable");
        Objects.requireNonNull(assessment, "assessment");
    }
}
