package dev.steward.model.attestation;

import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.controls.ApplicableControl;
import dev.steward.model.register.Integration;
import dev.steward.model.validation.ValidationProblem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/// What must hold before an attestation may be submitted or signed, as lists of problems the UI shows
/// next to the fields, and as one boolean per button.
///
/// Problem fields: `sponsorId`, `technicalOwnerId`, `controls[STW-03].status`,
/// `controls[STW-03].justification`, `state`, `signer`.
public final class AttestationRules {
    private AttestationRules() {
    }

    /// Problems that block submission, for a draft being edited. Every applicable control counts as
    /// required: an applicable control with no status has simply not been looked at.
    public static List<ValidationProblem> submissionProblems(Integration integration, List<ApplicableControl> applicable,
                                                             Collection<ControlAssessment> assessments) {
        return problems(integration, AttestedControl.join(applicable, assessments));
    }

    /// The same rules applied to a captured snapshot, which is what {@link Attestation#submit} checks.
    public static List<ValidationProblem> submissionProblems(AttestationSnapshot snapshot) {
        return problems(snapshot.integration(), snapshot.controls());
    }

    public static boolean canSubmit(AttestationSnapshot snapshot) {
        return submissionProblems(snapshot).isEmpty();
    }

    public static boolean canSubmit(Integration integration, List<ApplicableControl> applicable,
                                    Collection<ControlAssessment> assessments) {
        return submissionProblems(integration, applicable, assessments).isEmpty();
    }

    private static List<ValidationProblem> problems(Integration integration, List<AttestedControl> controls) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (integration.sponsorId() == null) {
            problems.add(new ValidationProblem("sponsorId", "Assign a business sponsor before submitting."));
        }
        if (integration.technicalOwnerId() == null) {
            problems.add(new ValidationProblem("technicalOwnerId", "Assign a technical owner before submitting."));
        }
        for (AttestedControl control : controls) {
            ControlAssessment a = control.assessment();
            String field = "controls[" + control.control().code() + "]";
            if (!a.isAssessed()) {
                problems.add(new ValidationProblem(field + ".status",
                        control.control().code() + " applies but has no status: assess it before submitting."));
            } else if (a.status() == AssessmentStatus.NOT_APPLICABLE && a.justification().isBlank()) {
                problems.add(new ValidationProblem(field + ".justification",
                        control.control().code() + " is marked not applicable: say why."));
            }
        }
        return List.copyOf(problems);
    }

    /// Problems that stop `signer` from signing `attestation`: it must be submitted, the signer must
    /// hold the signing permission and must not be the person who submitted it.
    public static List<ValidationProblem> signingProblems(Attestation attestation, User signer) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (attestation.state() != AttestationState.SUBMITTED) {
            problems.add(new ValidationProblem("state", "Only a submitted attestation can be signed; this one is "
                    + attestation.state().label().toLowerCase(java.util.Locale.ROOT) + "."));
        }
        AccessPolicy policy = AccessPolicy.standard();
        if (!policy.allows(signer, Permission.SIGN_ATTESTATIONS)) {
            problems.add(new ValidationProblem("signer", signer.describe() + " may not sign attestations."));
        } else if (attestation.snapshot() != null && !policy.maySign(signer, attestation.snapshot().submittedBy())) {
            problems.add(new ValidationProblem("signer", signer.describe()
                    + " submitted this attestation; a different manager must sign it."));
        }
        return List.copyOf(problems);
    }

    public static boolean canSign(Attestation attestation, User signer) {
        return signingProblems(attestation, signer).isEmpty();
    }
}
