package dev.steward.model.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.controls.ApplicableControl;
import dev.steward.model.register.Integration;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/// What was attested, frozen at submission: the integration record with its owners' names, the
/// classification answers and outcome, every applicable control with its assessment, and the as-of instant.
///
/// It is immutable and copies nothing by reference that could change later, so editing the integration
/// after submission never alters what the signer saw. Its JSON form ({@link #toJson()}) is what is hashed
/// and signed, and {@link #fromJson(String)} reads it back to an equal snapshot: an auditor verifies an
/// exported bundle without Steward.
///
/// @param asOf                 when it was captured (the submission instant)
/// @param submittedBy          username of the reviewer who submitted it
/// @param questionnaireVersion version of the questionnaire the answers were given to
public record AttestationSnapshot(Instant asOf, String submittedBy, Integration integration, OwnerNames owners,
                                  String questionnaireVersion, Answers answers, NhiVerdict verdict,
                                  AutonomyLevel autonomy, RiskTier riskTier, List<AttestedControl> controls) {
    /// Identifies the JSON layout; bump it when the layout changes so old bundles stay readable.
    public static final String FORMAT = "steward-attestation-snapshot/1";

    public AttestationSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(integration, "integration");
        Objects.requireNonNull(owners, "owners");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(autonomy, "autonomy");
        Objects.requireNonNull(riskTier, "riskTier");
        controls = List.copyOf(controls);
    }

    /// Captures a snapshot for submission.
    ///
    /// @param personName     names the sponsor and owners by id
    /// @param answers        the answers `classification` was computed from
    /// @param applicable     the controls that apply, usually `ControlCatalog.applicableTo(classification)`
    /// @param assessments    the draft's assessments; those of controls that do not apply are left out
    public static AttestationSnapshot capture(Integration integration, LongFunction<String> personName, Answers answers,
                                              Classification classification, List<ApplicableControl> applicable,
                                              Collection<ControlAssessment> assessments, String submittedBy, Instant asOf) {
        return new AttestationSnapshot(asOf, submittedBy, integration, OwnerNames.of(integration, personName),
                classification.questionnaireVersion(), answers, classification.verdict(), classification.autonomyLevel(),
                classification.riskTier(), AttestedControl.join(applicable, assessments));
    }

    public long integrationId() {
        return integration.id();
    }

    /// The JSON tree; every call builds a new one, so changing it never changes this snapshot.
    public ObjectNode toJsonTree() {
        return SnapshotJson.write(this);
    }

    /// Canonical JSON text (see {@link CanonicalJson}): the exact text that is hashed and signed.
    public String toJson() {
        return CanonicalJson.write(toJsonTree());
    }

    /// SHA-256 of the canonical JSON in UTF-8, lower-case hex.
    public String sha256() {
        return Sha256.hex(CanonicalJson.bytes(toJsonTree()));
    }

    /// @throws IllegalArgumentException when the text is not a snapshot of {@link #FORMAT}
    public static AttestationSnapshot fromJson(String json) {
        return fromJson(CanonicalJson.parse(json));
    }

    /// @throws IllegalArgumentException when the tree is not a snapshot of {@link #FORMAT}
    public static AttestationSnapshot fromJson(JsonNode tree) {
        return SnapshotJson.read(tree);
    }
}
