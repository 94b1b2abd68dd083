package dev.steward.app.export.cyclonedx;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.OwnerNames;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.controls.FrameworkFacts;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/// The whole CycloneDX 1.6 document of one signed attestation: metadata, the integration as a service,
/// `definitions.standards` ({@link CycloneDxStandards}) and `declarations` ({@link CycloneDxDeclarations}),
/// signed last by the affirming manager.
///
/// Two JSF signatures with the same key: the signatory's own (the schema asks every signatory for one; it
/// covers their name, role and organisation) and then the BOM's, which covers every member of the document,
/// the signatory's signature included. The service lists only metadata about credentials, never a secret,
/// because the register holds none.
final class CycloneDxBom {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String SPEC_VERSION = "1.6";
    static final String SIGNATURE = "signature";

    private final ExportInput input;
    private final SignatureBlock signature;
    private final Affirmant affirmant;
    private final String stewardVersion;

    CycloneDxBom(ExportInput input, SignatureBlock signature, Affirmant affirmant, String stewardVersion) {
        this.input = input;
        this.signature = signature;
        this.affirmant = affirmant;
        this.stewardVersion = stewardVersion;
    }

    static String serviceRef(AttestationSnapshot snapshot) {
        return "integration-" + snapshot.integrationId();
    }

    /// The signed document.
    ObjectNode build() {
        ObjectNode bom = NODES.objectNode();
        bom.put("bomFormat", "CycloneDX");
        bom.put("specVersion", SPEC_VERSION);
        bom.put("serialNumber", "urn:uuid:" + serialNumber());
        bom.put("version", 1);
        bom.set("metadata", metadata());
        bom.putArray("services").add(service(input.snapshot()));
        bom.putObject("definitions").set("standards", new CycloneDxStandards(input.catalog(), FrameworkFacts.builtIn())
                .build(input.controls(), stewardVersion));
        ObjectNode declarations = new CycloneDxDeclarations(input, signature, affirmant).build();
        bom.set("declarations", declarations);
        affirmant.sign((ObjectNode) declarations.path("affirmation").path("signatories").get(0), SIGNATURE);
        affirmant.sign(bom, SIGNATURE);
        return bom;
    }

    /// Name-based, so one affirmation of one signed attestation always has the same serial number.
    private UUID serialNumber() {
        return UUID.nameUUIDFromBytes(("steward-cyclonedx/" + input.snapshotSha256() + "/" + signature.signature() + "/"
                + affirmant.fingerprint() + "/" + affirmant.at()).getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode metadata() {
        ObjectNode metadata = NODES.objectNode();
        metadata.put("timestamp", affirmant.at().toString());
        metadata.putObject("tools").putArray("components").addObject()
                .put("type", "application").put("name", "Steward").put("version", stewardVersion);
        if (!input.organisation().isEmpty()) {
            metadata.putObject("supplier").put("name", input.organisation());
        }
        ArrayNode properties = metadata.putArray("properties");
        property(properties, "steward:attestation-state", input.state().name());
        property(properties, "steward:snapshot-sha256", input.snapshotSha256());
        property(properties, "steward:attestation-signed-by", signature.signerName());
        property(properties, "steward:attestation-signed-at", signature.signedAt().toString());
        property(properties, "steward:attestation-key-fingerprint", signature.fingerprint());
        input.expiresAt().ifPresent(e -> property(properties, "steward:attestation-expires", e.toString()));
        property(properties, "steward:affirmation-key-fingerprint", affirmant.fingerprint());
        return metadata;
    }

    /// The integration as the service the claims are about: classification, owners, data and tool reach, and
    /// credential metadata (kind, storage, lifetime, rotation) as properties.
    private static ObjectNode service(AttestationSnapshot snapshot) {
        Integration integration = snapshot.integration();
        ObjectNode service = NODES.objectNode();
        service.put("bom-ref", serviceRef(snapshot));
        if (integration.vendor() != null && !integration.vendor().isBlank()) {
            service.putObject("provider").put("name", integration.vendor().strip());
        }
        service.put("name", integration.name());
        if (integration.purpose() != null && !integration.purpose().isBlank()) {
            service.put("description", integration.purpose().strip());
        }
        if (!integration.credentials().isEmpty()) {
            service.put("authenticated", true);
        }
        ArrayNode p = service.putArray("properties");
        property(p, "steward:integration-kind", integration.kind().name());
        if (integration.pipelineRole() != null) {
            property(p, "steward:pipeline-role", integration.pipelineRole().name());
        }
        property(p, "steward:lifecycle-status", integration.status().name());
        integration.environments().stream().map(Enum::name).sorted().forEach(e -> property(p, "steward:environment", e));
        property(p, "steward:nhi-verdict", snapshot.verdict().name());
        property(p, "steward:autonomy-level", snapshot.autonomy().name());
        property(p, "steward:risk-tier", snapshot.riskTier().name());
        OwnerNames owners = snapshot.owners();
        optional(p, "steward:sponsor", owners.sponsor());
        optional(p, "steward:technical-owner", owners.technicalOwner());
        owners.backupOwners().forEach(b -> optional(p, "steward:backup-owner", b));
        for (DataAccess d : integration.dataAccess()) {
            property(p, "steward:data-access", d.system() + " (" + d.level().name() + ")");
        }
        integration.tools().forEach(t -> property(p, "steward:tool", t.name() + " (" + t.type().name() + ")"));
        integration.agentLinks().forEach(l -> property(p, "steward:agent-link", l.direction().name() + " " + l.agent()
                + (l.handsTokens() ? " (hands over tokens)" : "")));
        integration.credentials().forEach(c -> property(p, "steward:credential", credential(c)));
        return service;
    }

    /// Metadata only: what kind of credential, where it is kept, how long it lives and when it was rotated.
    private static String credential(Credential c) {
        return c.label() + ": " + c.type().name() + " in " + c.storedIn().name()
                + ", lifetime " + (c.neverExpires() ? "never expires" : c.lifetime().toString())
                + (c.rotationIntervalDays() == null ? "" : ", rotated every " + c.rotationIntervalDays() + " days")
                + (c.lastRotated() == null ? "" : ", last rotated " + c.lastRotated());
    }

    private static void optional(ArrayNode properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            property(properties, name, value.strip());
        }
    }

    private static void property(ArrayNode properties, String name, String value) {
        properties.addObject().put("name", name).put("value", value);
    }
}
