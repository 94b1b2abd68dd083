package dev.steward.app.export.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.attestation.SignatureBlock;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/// `declarations`: Steward's attestation of one integration in CycloneDX's terms.
///
/// - one self-assessor (the organisation, with the reviewer who assessed and the manager who signed);
/// - a claim per attested control about the integration's service, whose evidence is the assessment itself and
///   each evidence file by its SHA-256, every piece expiring with the attestation;
/// - one attestation mapping each control's requirement to its claim with a conformance score;
/// - the affirming manager's statement and signatory, whose JSF signature the BOM adds last.
final class CycloneDxDeclarations {
    static final String ASSESSOR = "assessor/self";
    private static final java.util.Set<AssessmentStatus> CONFORMING =
            java.util.EnumSet.of(AssessmentStatus.IMPLEMENTED, AssessmentStatus.NOT_APPLICABLE);

    private final ExportInput input;
    private final AttestationSnapshot snapshot;
    private final SignatureBlock signature;
    private final Affirmant affirmant;

    CycloneDxDeclarations(ExportInput input, SignatureBlock signature, Affirmant affirmant) {
        this.input = input;
        this.snapshot = input.snapshot();
        this.signature = signature;
        this.affirmant = affirmant;
    }

    static String claimRef(String controlCode) {
        return "claim/" + controlCode;
    }

    ObjectNode build() {
        ObjectNode declarations = CycloneDxBom.NODES.objectNode();
        ObjectNode assessor = declarations.putArray("assessors").addObject();
        assessor.put("bom-ref", ASSESSOR);
        assessor.put("thirdParty", false);
        ObjectNode organisation = assessor.putObject("organization");
        if (!input.organisation().isEmpty()) {
            organisation.put("name", input.organisation());
        }
        ArrayNode contacts = organisation.putArray("contact");
        contacts.addObject().put("name", snapshot.submittedBy());
        contacts.addObject().put("name", signature.signerName());

        ObjectNode attestation = declarations.putArray("attestations").addObject();
        attestation.put("summary", "Self-assessment of " + snapshot.integration().name() + " against Steward's controls, "
                + "submitted by " + snapshot.submittedBy() + " as of " + snapshot.asOf() + ", signed by "
                + signature.signerName() + " on " + signature.signedAt()
                + input.expiresAt().map(e -> ", valid until " + e).orElse("") + ".");
        attestation.put("assessor", ASSESSOR);
        ArrayNode map = attestation.putArray("map");
        ArrayNode claims = declarations.putArray("claims");
        ArrayNode evidence = declarations.putArray("evidence");
        for (AttestedControl control : snapshot.controls()) {
            List<String> evidenceRefs = evidence(control, evidence);
            claims.add(claim(control, evidenceRefs));
            ObjectNode entry = map.addObject();
            entry.put("requirement", CycloneDxStandards.requirementRef(control.control().code()));
            entry.putArray("claims").add(claimRef(control.control().code()));
            entry.set("conformance", conformance(control.assessment()));
        }
        declarations.set("affirmation", affirmation());
        return declarations;
    }

    private ObjectNode claim(AttestedControl control, List<String> evidenceRefs) {
        ObjectNode claim = CycloneDxBom.NODES.objectNode();
        claim.put("bom-ref", claimRef(control.control().code()));
        claim.put("target", CycloneDxBom.serviceRef(snapshot));
        claim.put("predicate", predicate(control));
        claim.put("reasoning", reasoning(control));
        ArrayNode refs = claim.putArray("evidence");
        evidenceRefs.forEach(refs::add);
        return claim;
    }

    /// The assessment as evidence, then each file; returns their bom-refs.
    private List<String> evidence(AttestedControl control, ArrayNode evidence) {
        String code = control.control().code();
        ControlAssessment a = control.assessment();
        List<String> refs = new java.util.ArrayList<>();
        ObjectNode assessment = evidence.addObject();
        String assessmentRef = "evidence/" + code + "/assessment";
        refs.add(assessmentRef);
        assessment.put("bom-ref", assessmentRef);
        assessment.put("description", "Assessment of " + code + " recorded in Steward and frozen in the signed snapshot: "
                + status(a) + "." + text(" Justification: ", a.justification()) + text(" Notes: ", a.notes()));
        assessment.put("created", snapshot.asOf().toString());
        expiry(assessment);
        assessment.putObject("author").put("name", snapshot.submittedBy());
        assessment.putObject("reviewer").put("name", signature.signerName());
        List<EvidenceRef> files = a.evidence();
        for (int i = 0; i < files.size(); i++) {
            EvidenceRef file = files.get(i);
            ObjectNode e = evidence.addObject();
            String ref = "evidence/" + code + "/file-" + (i + 1);
            refs.add(ref);
            e.put("bom-ref", ref);
            e.put("description", file.fileName() + " (" + file.mediaType() + ", " + file.sizeBytes() + " bytes), effective "
                    + file.effectiveDate() + ", SHA-256 " + file.sha256() + ". The file stays in the register; this "
                    + "document names it by its hash.");
            e.putArray("data").addObject().put("name", file.fileName()).putObject("contents").put("url", namedInformation(file.sha256()));
            e.put("created", file.uploadedAt().toString());
            expiry(e);
            e.putObject("author").put("name", file.uploadedBy());
            e.putObject("reviewer").put("name", snapshot.submittedBy());
        }
        return refs;
    }

    private void expiry(ObjectNode evidence) {
        input.expiresAt().ifPresent(at -> evidence.put("expires", at.toString()));
    }

    private ObjectNode affirmation() {
        ObjectNode affirmation = CycloneDxBom.NODES.objectNode();
        String org = input.organisation().isEmpty() ? "my organisation" : input.organisation();
        affirmation.put("statement", "I affirm on behalf of " + org + " that these declarations are the attestation of "
                + snapshot.integration().name() + " held in Steward: submitted by " + snapshot.submittedBy() + " as of "
                + snapshot.asOf() + ", snapshot SHA-256 " + input.snapshotSha256() + ", signed by " + signature.signerName()
                + " on " + signature.signedAt() + " with the key whose fingerprint is " + signature.fingerprint()
                + input.expiresAt().map(e -> ", valid until " + e).orElse("") + ". Affirmed by "
                + affirmant.user().displayName() + " on " + affirmant.at() + " with the key whose fingerprint is "
                + affirmant.fingerprint() + ".");
        ObjectNode signatory = affirmation.putArray("signatories").addObject();
        signatory.put("name", affirmant.user().displayName());
        signatory.put("role", affirmant.user().title().isBlank() ? "Manager" : affirmant.user().title());
        if (!input.organisation().isEmpty()) {
            signatory.putObject("organization").put("name", input.organisation());
        }
        return affirmation;
    }

    private String predicate(AttestedControl control) {
        String name = snapshot.integration().name();
        String subject = control.control().code() + " (" + control.control().title() + ")";
        ControlAssessment a = control.assessment();
        if (!a.isAssessed()) {
            return subject + " was not assessed for " + name + ".";
        }
        return switch (a.status()) {
            case IMPLEMENTED -> name + " implements " + subject + ".";
            case PARTIAL -> name + " partly implements " + subject + ".";
            case NOT_IMPLEMENTED -> name + " does not implement " + subject + ".";
            case NOT_APPLICABLE -> subject + " does not apply to " + name + ".";
        };
    }

    private static String reasoning(AttestedControl control) {
        ControlAssessment a = control.assessment();
        return "The control applies because " + control.reason() + "." + text(" Justification: ", a.justification())
                + text(" Notes: ", a.notes());
    }

    /// Implemented and not applicable (with its justification) conform; partial half; not implemented or
    /// unassessed not at all. The same reading as the OSCAL export's satisfied / not-satisfied.
    private static ObjectNode conformance(ControlAssessment a) {
        ObjectNode conformance = CycloneDxBom.NODES.objectNode();
        if (a.isAssessed() && a.status() == AssessmentStatus.PARTIAL) {
            conformance.put("score", 0.5);
        } else {
            // whole scores as integers, which read the same in every JSON and JCS implementation
            conformance.put("score", a.isAssessed() && CONFORMING.contains(a.status()) ? 1 : 0);
        }
        conformance.put("rationale", "Assessed as " + status(a) + "." + text(" ", a.justification()));
        return conformance;
    }

    private static String status(ControlAssessment a) {
        return a.isAssessed() ? a.status().label().toLowerCase(Locale.ROOT) : "not assessed";
    }

    private static String text(String prefix, String text) {
        return text == null || text.isBlank() ? "" : prefix + text.strip();
    }

    /// RFC 6920 "ni" URI of a SHA-256: a standard way to name content by its hash, which CycloneDX's evidence
    /// has no field for.
    static String namedInformation(String sha256Hex) {
        return "ni:///sha-256;" + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }
}
