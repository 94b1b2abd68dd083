package dev.steward.app.export.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.EvidenceLine;
import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.controls.Control;
import dev.steward.model.controls.FrameworkMapping;

import java.util.List;

/// The one result of the document: reviewed controls, an observation per evidence file and a finding per
/// control. Status mapping: implemented and not-applicable (with its justification) are `satisfied`;
/// partial, not implemented and unassessed are `not-satisfied`.
final class OscalResult {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ExportInput input;
    private final AttestationSnapshot snapshot;
    private final OscalUuids uuids;

    OscalResult(ExportInput input, OscalUuids uuids) {
        this.input = input;
        this.snapshot = input.snapshot();
        this.uuids = uuids;
    }

    ObjectNode build() {
        ObjectNode r = NODES.objectNode();
        r.put("uuid", uuids.of("result"));
        r.put("title", "Attestation of " + snapshot.integration().name());
        r.put("description", "Controls attested for the AI integration \"" + snapshot.integration().name()
                + "\", treated as a non-human identity, submitted by " + snapshot.submittedBy() + ".");
        r.put("start", snapshot.asOf().toString());
        input.signature().ifPresent(s -> r.put("end", s.signedAt().toString()));
        ArrayNode props = r.putArray("props");
        prop(props, "attestation-state", input.state().name());
        prop(props, "nhi-verdict", snapshot.verdict().name());
        prop(props, "autonomy-level", snapshot.autonomy().name());
        prop(props, "risk-tier", snapshot.riskTier().name());
        prop(props, "snapshot-sha256", input.snapshotSha256());
        input.signature().ifPresent(s -> prop(props, "signing-key-fingerprint", s.fingerprint()));
        ArrayNode selected = r.putObject("reviewed-controls").putArray("control-selections").addObject()
                .putArray("include-controls");
        snapshot.controls().forEach(c -> selected.addObject().put("control-id", c.control().code()));
        List<EvidenceLine> evidence = input.evidence();
        if (!evidence.isEmpty()) {
            ArrayNode observations = r.putArray("observations");
            for (int i = 0; i < evidence.size(); i++) {
                observations.add(observation(i, evidence.get(i)));
            }
        }
        ArrayNode findings = r.putArray("findings");
        snapshot.controls().forEach(c -> findings.add(finding(c, evidence)));
        return r;
    }

    private ObjectNode observation(int index, EvidenceLine line) {
        ObjectNode o = NODES.objectNode();
        o.put("uuid", observationUuid(index));
        o.put("title", line.evidence().fileName());
        o.put("description", "Evidence for " + line.control().code() + ": " + line.evidence().fileName()
                + ", effective " + line.evidence().effectiveDate() + ", SHA-256 " + line.evidence().sha256() + ".");
        ArrayNode props = o.putArray("props");
        prop(props, "evidence-sha256", line.evidence().sha256());
        prop(props, "evidence-effective-date", line.evidence().effectiveDate().toString());
        prop(props, "evidence-media-type", line.evidence().mediaType());
        o.putArray("methods").add("EXAMINE");
        ObjectNode relevant = o.putArray("relevant-evidence").addObject();
        relevant.put("description", line.evidence().fileName() + " (SHA-256 " + line.evidence().sha256() + ")");
        prop(relevant.putArray("props"), "sha256", line.evidence().sha256());
        o.put("collected", line.evidence().uploadedAt().toString());
        return o;
    }

    private ObjectNode finding(AttestedControl attested, List<EvidenceLine> evidence) {
        ControlAssessment a = attested.assessment();
        String code = attested.control().code();
        ObjectNode f = NODES.objectNode();
        f.put("uuid", uuids.of("finding/" + code));
        f.put("title", code + " " + attested.control().title());
        f.put("description", "Assessed as " + (a.isAssessed() ? a.status().label().toLowerCase(java.util.Locale.ROOT)
                : "not assessed") + ". Applies because " + attested.reason() + ".");
        Control control = input.catalog().control(attested.control());
        if (control != null && !control.mappings().isEmpty()) {
            ArrayNode props = f.putArray("props");
            for (FrameworkMapping m : control.mappings()) {
                props.addObject().put("name", "framework-mapping").put("ns", OscalDocument.NS).put("class", m.frameworkId())
                        .put("value", m.frameworkName() + " " + m.displayLabel());
            }
        }
        ObjectNode target = f.putObject("target");
        target.put("type", "objective-id");
        target.put("target-id", code);
        ObjectNode status = target.putObject("status");
        status.put("state", satisfied(a) ? "satisfied" : "not-satisfied");
        String remarks = remarks(a);
        if (!remarks.isEmpty()) {
            status.put("remarks", remarks);
        }
        String implementation = a.isAssessed() ? implementationState(a.status()) : null;
        if (implementation != null) {
            target.putObject("implementation-status").put("state", implementation);
        }
        ArrayNode related = NODES.arrayNode();
        for (int i = 0; i < evidence.size(); i++) {
            if (evidence.get(i).control() == attested.control()) {
                related.addObject().put("observation-uuid", observationUuid(i));
            }
        }
        if (!related.isEmpty()) {
            f.set("related-observations", related);
        }
        return f;
    }

    private String observationUuid(int index) {
        return uuids.of("observation/" + index);
    }

    private static boolean satisfied(ControlAssessment a) {
        return a.status() == AssessmentStatus.IMPLEMENTED || a.status() == AssessmentStatus.NOT_APPLICABLE;
    }

    /// OSCAL's implementation states; "not implemented" has none (`planned` would claim a plan), so it is left out.
    private static String implementationState(AssessmentStatus status) {
        return switch (status) {
            case IMPLEMENTED -> "implemented";
            case PARTIAL -> "partial";
            case NOT_IMPLEMENTED -> null;
            case NOT_APPLICABLE -> "not-applicable";
        };
    }

    private static String remarks(ControlAssessment a) {
        StringBuilder text = new StringBuilder();
        if (!a.justification().isBlank()) {
            text.append("Justification: ").append(a.justification().strip());
        }
        if (!a.notes().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Notes: ").append(a.notes().strip());
        }
        return text.toString();
    }

    private static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", OscalDocument.NS).put("value", value);
    }
}
