package dev.steward.model.attestation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.controls.ApplicabilityBasis;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/// The snapshot's JSON layout, written by hand rather than by reflection: it is a contract with
/// auditors, so renaming a Java field must not silently change what was signed. Every field is always
/// written (absent values as `null`), enums by constant name, instants and durations in ISO-8601.
final class SnapshotJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SnapshotJson() {
    }

    static ObjectNode write(AttestationSnapshot s) {
        ObjectNode root = NODES.objectNode();
        root.put("format", AttestationSnapshot.FORMAT);
        root.put("asOf", s.asOf().toString());
        root.put("submittedBy", s.submittedBy());
        root.set("integration", integration(s.integration()));
        ObjectNode owners = root.putObject("owners");
        owners.put("sponsor", s.owners().sponsor());
        owners.put("technicalOwner", s.owners().technicalOwner());
        strings(owners.putArray("backupOwners"), s.owners().backupOwners());
        ObjectNode classification = root.putObject("classification");
        classification.put("questionnaireVersion", s.questionnaireVersion());
        classification.set("answers", answers(s.answers()));
        classification.put("verdict", s.verdict().name());
        classification.put("autonomy", s.autonomy().name());
        classification.put("riskTier", s.riskTier().name());
        ArrayNode controls = root.putArray("controls");
        s.controls().forEach(c -> controls.add(control(c)));
        return root;
    }

    static AttestationSnapshot read(JsonNode root) {
        try {
            if (!AttestationSnapshot.FORMAT.equals(text(root, "format"))) {
                throw new IllegalArgumentException("not a snapshot of format " + AttestationSnapshot.FORMAT
                        + " (format is " + text(root, "format") + ")");
            }
            JsonNode owners = required(root, "owners");
            JsonNode classification = required(root, "classification");
            List<AttestedControl> controls = new ArrayList<>();
            required(root, "controls").forEach(c -> controls.add(control(c)));
            return new AttestationSnapshot(Instant.parse(text(root, "asOf")), text(root, "submittedBy"),
                    integration(required(root, "integration")),
                    new OwnerNames(text(owners, "sponsor"), text(owners, "technicalOwner"), strings(owners, "backupOwners")),
                    text(classification, "questionnaireVersion"), answers(required(classification, "answers")),
                    NhiVerdict.valueOf(text(classification, "verdict")),
                    AutonomyLevel.valueOf(text(classification, "autonomy")),
                    RiskTier.valueOf(text(classification, "riskTier")), controls);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("snapshot JSON is not readable: " + e.getMessage(), e);
        }
    }

    private static ObjectNode integration(Integration i) {
        ObjectNode n = NODES.objectNode();
        n.put("id", i.id());
        n.put("version", i.version());
        n.put("name", i.name());
        n.put("purpose", i.purpose());
        n.put("vendor", i.vendor());
        n.put("kind", name(i.kind()));
        n.put("pipelineRole", name(i.pipelineRole()));
        // Sets have no order of their own: sort so the same set always hashes the same.
        strings(n.putArray("environments"), i.environments().stream().sorted().map(Enum::name).toList());
        n.put("status", name(i.status()));
        n.put("sponsorId", i.sponsorId());
        n.put("technicalOwnerId", i.technicalOwnerId());
        ArrayNode backups = n.putArray("backupOwnerIds");
        i.backupOwnerIds().forEach(backups::add);
        ArrayNode data = n.putArray("dataAccess");
        i.dataAccess().forEach(d -> data.addObject().put("system", d.system()).put("level", d.level().name()));
        ArrayNode tools = n.putArray("tools");
        i.tools().forEach(t -> tools.addObject().put("name", t.name()).put("type", t.type().name()));
        ArrayNode links = n.putArray("agentLinks");
        i.agentLinks().forEach(l -> links.addObject().put("direction", l.direction().name()).put("agent", l.agent())
                .put("handsTokens", l.handsTokens()));
        ArrayNode credentials = n.putArray("credentials");
        i.credentials().forEach(c -> credentials.addObject().put("label", c.label()).put("type", c.type().name())
                .put("storedIn", c.storedIn().name()).put("lifetime", string(c.lifetime()))
                .put("lastRotated", string(c.lastRotated())).put("rotationIntervalDays", c.rotationIntervalDays()));
        RevocationPath r = i.revocation();
        n.putObject("revocation").put("killSwitch", r.killSwitch()).put("authorisedBy", r.authorisedBy())
                .put("steps", r.steps()).put("targetTime", string(r.targetTime())).put("lastTested", string(r.lastTested()))
                .put("lastResult", name(r.lastResult())).put("impact", r.impact());
        n.put("nextReview", string(i.nextReview()));
        n.put("updatedAt", string(i.updatedAt()));
        n.put("updatedBy", i.updatedBy());
        return n;
    }

    private static Integration integration(JsonNode n) {
        JsonNode r = required(n, "revocation");
        RevocationPath revocation = new RevocationPath(text(r, "killSwitch"), text(r, "authorisedBy"), text(r, "steps"),
                parse(r, "targetTime", Duration::parse), parse(r, "lastTested", LocalDate::parse),
                parse(r, "lastResult", RevocationTestResult::valueOf), text(r, "impact"));
        return new Integration(required(n, "id").longValue(), required(n, "version").longValue(), text(n, "name"),
                text(n, "purpose"), text(n, "vendor"), parse(n, "kind", IntegrationKind::valueOf),
                parse(n, "pipelineRole", PipelineRole::valueOf),
                new java.util.HashSet<>(strings(n, "environments").stream().map(DeploymentEnvironment::valueOf).toList()),
                parse(n, "status", LifecycleStatus::valueOf), longOrNull(n, "sponsorId"), longOrNull(n, "technicalOwnerId"),
                list(n, "backupOwnerIds", JsonNode::longValue),
                list(n, "dataAccess", d -> new DataAccess(text(d, "system"), AccessLevel.valueOf(text(d, "level")))),
                list(n, "tools", t -> new ToolAccess(text(t, "name"), ToolType.valueOf(text(t, "type")))),
                list(n, "agentLinks", l -> new AgentLink(LinkDirection.valueOf(text(l, "direction")), text(l, "agent"),
                        required(l, "handsTokens").booleanValue())),
                list(n, "credentials", c -> new Credential(text(c, "label"), CredentialType.valueOf(text(c, "type")),
                        SecretStorage.valueOf(text(c, "storedIn")), parse(c, "lifetime", Duration::parse),
                        parse(c, "lastRotated", LocalDate::parse),
                        c.path("rotationIntervalDays").isNull() ? null : required(c, "rotationIntervalDays").intValue())),
                revocation, parse(n, "nextReview", LocalDate::parse), parse(n, "updatedAt", Instant::parse),
                text(n, "updatedBy"));
    }

    private static ObjectNode control(AttestedControl c) {
        ObjectNode n = NODES.objectNode();
        n.put("code", c.control().code());
        n.put("title", c.control().title());
        n.put("basis", c.basis().name());
        n.put("reason", c.reason());
        ControlAssessment a = c.assessment();
        n.put("status", name(a.status()));
        n.put("justification", a.justification());
        n.put("notes", a.notes());
        ArrayNode evidence = n.putArray("evidence");
        a.evidence().forEach(e -> evidence.addObject().put("fileName", e.fileName()).put("mediaType", e.mediaType())
                .put("sizeBytes", e.sizeBytes()).put("sha256", e.sha256()).put("effectiveDate", e.effectiveDate().toString())
                .put("uploadedAt", e.uploadedAt().toString()).put("uploadedBy", e.uploadedBy()));
        return n;
    }

    private static AttestedControl control(JsonNode n) {
        String code = text(n, "code");
        ControlId id = ControlId.fromCode(code).orElseThrow(() -> new IllegalArgumentException("unknown control " + code));
        List<EvidenceRef> evidence = list(n, "evidence", e -> new EvidenceRef(text(e, "fileName"), text(e, "mediaType"),
                required(e, "sizeBytes").longValue(), text(e, "sha256"), LocalDate.parse(text(e, "effectiveDate")),
                Instant.parse(text(e, "uploadedAt")), text(e, "uploadedBy")));
        ControlAssessment assessment = new ControlAssessment(id, parse(n, "status", AssessmentStatus::valueOf),
                text(n, "justification"), text(n, "notes"), evidence);
        return new AttestedControl(id, ApplicabilityBasis.valueOf(text(n, "basis")), text(n, "reason"), assessment);
    }

    private static ObjectNode answers(Answers answers) {
        ObjectNode n = NODES.objectNode();
        answers.asMap().forEach((id, value) -> {
            if (value instanceof List<?> items) {
                ArrayNode array = n.putArray(id);
                items.forEach(item -> array.add((String) item));
            } else {
                n.put(id, (String) value);
            }
        });
        return n;
    }

    private static Answers answers(JsonNode n) {
        Map<String, Object> raw = new LinkedHashMap<>();
        n.properties().forEach(e -> raw.put(e.getKey(), e.getValue().isArray()
                ? list(e.getValue(), JsonNode::textValue) : e.getValue().textValue()));
        return Answers.of(raw);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static List<String> strings(JsonNode n, String field) {
        return list(n, field, JsonNode::textValue);
    }

    private static <T> List<T> list(JsonNode n, String field, Function<JsonNode, T> reader) {
        return list(required(n, field), reader);
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> reader) {
        if (!array.isArray()) {
            throw new IllegalArgumentException("expected an array, got " + array.getNodeType());
        }
        List<T> values = new ArrayList<>();
        array.forEach(item -> values.add(reader.apply(item)));
        return values;
    }

    private static JsonNode required(JsonNode n, String field) {
        JsonNode value = n.get(field);
        if (value == null) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = required(n, field);
        return value.isNull() ? null : value.textValue();
    }

    private static Long longOrNull(JsonNode n, String field) {
        JsonNode value = required(n, field);
        return value.isNull() ? null : value.longValue();
    }

    private static <T> T parse(JsonNode n, String field, Function<String, T> parser) {
        String value = text(n, field);
        return value == null ? null : parser.apply(value);
    }
}
