package dev.steward.model.classification;

import java.util.List;
import java.util.Optional;

import static dev.steward.model.classification.ControlId.*;
import static dev.steward.model.classification.QuestionIds.*;
import static dev.steward.model.classification.RiskTier.HIGH;
import static dev.steward.model.classification.RiskTier.LOW;
import static dev.steward.model.classification.RiskTier.MODERATE;

/// Rules about how exposed its access is: breadth, credential lifetime, storage, ownership
/// and vendor runtimes. Each raises a floor; {@link CompoundingExposureRule} adds them up.
final class ExposureRules {
    private ExposureRules() {
    }

    static final List<Rule> ALL = List.of(
            new SimpleRule("R23-standing-broad-scope", "Standing, broad permissions",
                    List.of(SCOPE_BREADTH),
                    f -> f.is(SCOPE_BREADTH, "standing_broad"),
                    Effect.because("Its permissions outlast any single task and cover far more than one task needs")
                            .tier(MODERATE).require(LEAST_PRIVILEGE_REVIEW)),
            new SimpleRule("R24-long-lived-credentials", "Long-lived credentials",
                    List.of(CREDENTIAL_LIFETIME),
                    f -> f.is(CREDENTIAL_LIFETIME, "long_lived"),
                    Effect.because("Its credentials stay valid for days or longer, so a leak stays useful to an attacker")
                            .tier(MODERATE).require(SHORT_LIVED_CREDENTIALS, ROTATION_SCHEDULE)),
            // Only an NHI has access of its own to revoke; without one there is nothing to cut off.
            new DynamicRule("R25-no-revocation-owner", "Nobody named can revoke it",
                    List.of(REVOCATION_OWNER),
                    c -> c.nhiSoFar() && c.facts().no(REVOCATION_OWNER)
                            ? Optional.of(Effect.because("No named person can cut off its access when something goes wrong")
                            .tier(MODERATE).require(REGISTERED_OWNER_SPONSOR, TESTED_REVOCATION))
                            : Optional.empty()),
            new SimpleRule("R26-secrets-outside-manager", "Secrets kept outside a secrets manager",
                    List.of(SECRETS_OUTSIDE_MANAGER),
                    f -> f.yes(SECRETS_OUTSIDE_MANAGER),
                    Effect.because("Some of its secrets persist outside a secrets manager, beyond rotation and audit")
                            .tier(MODERATE).require(SECRETS_IN_MANAGER, ROTATION_SCHEDULE)),
            new SimpleRule("R27-vendor-managed-runtime", "Runs in a vendor-managed runtime",
                    List.of(VENDOR_MANAGED),
                    f -> f.yes(VENDOR_MANAGED),
                    Effect.because("A vendor runs it, so credential ownership and the revocation path must be pinned down")
                            .tier(LOW).require(VENDOR_CREDENTIAL_OWNERSHIP, TESTED_REVOCATION)),
            new SimpleRule("R28-vendor-holds-the-keys", "Vendor runtime without our own control of its access",
                    List.of(VENDOR_MANAGED, CREDENTIAL_OWNER, REVOCATION_OWNER, SECRETS_OUTSIDE_MANAGER),
                    f -> f.yes(VENDOR_MANAGED) && (f.is(CREDENTIAL_OWNER, "vendor") || f.no(REVOCATION_OWNER)
                            || f.yes(SECRETS_OUTSIDE_MANAGER)),
                    Effect.because("The vendor runtime holds credentials we do not own, cannot revoke or cannot see stored")
                            .tier(HIGH).require(VENDOR_CREDENTIAL_OWNERSHIP, SECRETS_IN_MANAGER, TESTED_REVOCATION)),
            // A component without tools, credentials or access of its own borrows the orchestrator's identity;
            // R03 and R04 stay silent for it, and this note says why in the trace.
            new SimpleRule("R29-pipeline-shared-identity", "Pipeline component without an identity of its own",
                    List.of(PIPELINE_ROLE, INDEPENDENT_TOOL_ACCESS, AUTHENTICATES, CREDENTIAL_AUTONOMY, DELEGATED_ACCESS),
                    Facts::sharesOrchestratorIdentity,
                    Effect.because("It acts only through the pipeline's orchestrator, even when it runs unattended; it is governed"
                            + " under that identity, not as an NHI of its own, and must be reclassified before it gets tool"
                            + " access, credentials or delegated access of its own")),
            new CompoundingExposureRule());
}
