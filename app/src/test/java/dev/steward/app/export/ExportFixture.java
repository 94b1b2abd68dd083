package dev.steward.app.export;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.controls.ApplicableControl;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.model.sample.SampleRegister;
import dev.steward.model.signing.Sha256;
import dev.steward.model.signing.SigningKeys;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// A realistic attestation: a sample integration, classified by the real engine, every applicable
/// control assessed (each status once at least), evidence on some, and owners named in Latin, CJK and
/// Arabic script.
public final class ExportFixture {
    public static final String SPONSOR = "王秀英";
    public static final String OWNER = "ليلى حداد";
    public static final List<String> BACKUPS = List.of("Zoë Okafor", "Łukasz Nowak");
    public static final Instant AS_OF = Instant.parse("2025-06-15T09:30:00.123456Z");
    public static final Instant SIGNED_AT = Instant.parse("2025-06-16T14:05:00Z");
    public static final Instant AFFIRMED_AT = Instant.parse("2025-06-20T08:00:00Z");
    static final User REVIEWER = new User(1, "rita", "Rita Reviewer", "Security analyst", Set.of(Role.REVIEWER), true);
    static final User MANAGER = new User(2, "max", "Max Manager", "Head of IT", Set.of(Role.MANAGER), true);
    public static final Answers ANSWERS = Answers.of(Map.of(
            "integration_kind", "agent", "authenticates", "yes", "holds_secrets", "yes",
            "credential_autonomy", "yes", "credential_lifetime", "long_lived", "delegated_access", "write",
            "action_impact", List.of("deploy_code", "read_data")));

    public final Integration integration;
    public final Classification classification;
    public final AttestationSnapshot snapshot;
    public final KeyPair keys = SigningKeys.generate();
    public final SignedAttestation signed;

    public ExportFixture() {
        Integration sample = SampleRegister.integrations(email -> Math.abs(email.hashCode() % 1000) + 1,
                LocalDate.of(2025, 6, 1)).stream().filter(i -> i.sponsorId() != null && i.technicalOwnerId() != null)
                .findFirst().orElseThrow();
        integration = new Integration(17, 3, sample.name(), sample.purpose(), sample.vendor(), sample.kind(),
                sample.pipelineRole(), sample.environments(), sample.status(), 101L, 102L, List.of(103L, 104L),
                sample.dataAccess(), sample.tools(), sample.agentLinks(), sample.credentials(), sample.revocation(),
                sample.nextReview(), AS_OF.minusSeconds(86_400), "rita");
        classification = ClassificationEngine.classify(ANSWERS);
        List<ApplicableControl> applicable = ControlCatalog.builtIn().applicableTo(classification);
        snapshot = AttestationSnapshot.capture(integration, ExportFixture::personName, ANSWERS, classification,
                applicable, assessments(applicable), REVIEWER.username(), AS_OF);
        signed = SignedAttestation.sign(snapshot, MANAGER, keys, Clock.fixed(SIGNED_AT, ZoneOffset.UTC));
    }

    public ExportInput signedInput() {
        return ExportInput.signed(signed, AttestationState.SIGNED, SIGNED_AT.plusSeconds(180L * 86_400),
                "Acme Logistics GmbH", ControlCatalog.builtIn());
    }

    /// The signed input affirmed by the manager who signed it, with the same key (a CycloneDX export).
    public ExportInput affirmedInput() {
        return signedInput().withAffirmant(Affirmant.of(MANAGER, AFFIRMED_AT, keys));
    }

    public ExportInput unsignedInput() {
        return ExportInput.unsigned(snapshot, AttestationState.SUBMITTED, "Acme Logistics GmbH", ControlCatalog.builtIn());
    }

    static String personName(long id) {
        return switch ((int) id) {
            case 101 -> SPONSOR;
            case 102 -> OWNER;
            case 103 -> BACKUPS.get(0);
            default -> BACKUPS.get(1);
        };
    }

    private static List<ControlAssessment> assessments(List<ApplicableControl> applicable) {
        AssessmentStatus[] cycle = AssessmentStatus.values();
        List<ControlAssessment> result = new ArrayList<>();
        for (int i = 0; i < applicable.size(); i++) {
            var id = applicable.get(i).control().id();
            AssessmentStatus status = cycle[i % cycle.length];
            String justification = status == AssessmentStatus.NOT_APPLICABLE ? "No production data is reachable from it." : "";
            List<EvidenceRef> evidence = i % 2 == 0 ? List.of(evidence(id.code() + "-review.pdf")) : List.of();
            result.add(new ControlAssessment(id, status, justification, "Checked with the platform team.", evidence));
        }
        return result;
    }

    /// The export's output in memory.
    public static byte[] bytes(AttestationExport export, ExportInput input) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            export.write(input, out, ExportProgress.NONE);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static EvidenceRef evidence(String name) {
        return new EvidenceRef(name, "application/pdf", 48_213, Sha256.hex(name.getBytes(StandardCharsets.UTF_8)),
                LocalDate.of(2025, 3, 31), AS_OF.minusSeconds(7200), "rita");
    }
}
