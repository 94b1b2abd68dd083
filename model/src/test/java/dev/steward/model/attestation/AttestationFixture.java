package dev.steward.model.attestation;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.DelegatedAccess;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.controls.ApplicableControl;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.model.testing.IntegrationFixture;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A complete, submittable attestation setting: a fully valid integration, a classification at a given
/// tier, its applicable controls from the built-in catalog, and one assessment for each.
final class AttestationFixture {
    static final Instant NOW = Instant.parse("2025-06-15T09:30:00.123456Z");
    static final User REVIEWER = new User(1, "rita", "Rita Reviewer", "Security analyst", Set.of(Role.REVIEWER), true);
    static final User MANAGER = new User(2, "max", "Max Manager", "Head of IT", Set.of(Role.MANAGER), true);
    static final User BOTH = new User(3, "bea", "Bea Both", "CISO", Set.of(Role.REVIEWER, Role.MANAGER), true);
    static final User AUDITOR = new User(4, "ada", "Ada Auditor", "Internal audit", Set.of(Role.AUDITOR), true);
    static final Answers ANSWERS = Answers.of(Map.of("credential_autonomy", "yes", "action_impact", List.of("deploy_code", "read_data")));

    final Integration integration;
    final Classification classification;
    final List<ApplicableControl> applicable;
    List<ControlAssessment> assessments;

    AttestationFixture(RiskTier tier) {
        this(IntegrationFixture.valid().build(), tier);
    }

    AttestationFixture(Integration integration, RiskTier tier) {
        this.integration = integration;
        this.classification = new Classification("2025.1", NhiVerdict.NHI, AutonomyLevel.A3_CONDITIONAL, tier,
                List.of(), List.of(), List.of(), List.of(), DelegatedAccess.WRITE, Set.of());
        this.applicable = ControlCatalog.builtIn().applicableTo(classification);
        this.assessments = applicable.stream().map(a -> assessed(a.control().id())).toList();
    }

    static ControlAssessment assessed(ControlId control) {
        return new ControlAssessment(control, AssessmentStatus.IMPLEMENTED, "", "checked in console",
                List.of(evidence(control.code() + ".pdf")));
    }

    static EvidenceRef evidence(String name) {
        return new EvidenceRef(name, "application/pdf", 1234, "ab".repeat(32), LocalDate.of(2025, 3, 31),
                NOW.minusSeconds(3600), "rita");
    }

    static String personName(long id) {
        return switch ((int) id) {
            case 1 -> "Ana Sponsor";
            case 2 -> "Tomás Owner";
            default -> "Backup Person " + id;
        };
    }

    AttestationSnapshot snapshot(User submitter, Instant at) {
        return AttestationSnapshot.capture(integration, AttestationFixture::personName, ANSWERS, classification,
                applicable, assessments, submitter.username(), at);
    }

    Attestation draft() {
        return Attestation.draft(integration.id(), assessments).withId(42);
    }

    Attestation submitted() {
        return draft().submit(REVIEWER, snapshot(REVIEWER, NOW));
    }

    Attestation signed(KeyPair keys) {
        return submitted().sign(MANAGER, keys, clock(NOW.plusSeconds(600)));
    }

    static Clock clock(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
