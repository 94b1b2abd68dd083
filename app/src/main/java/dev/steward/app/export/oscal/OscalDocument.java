package dev.steward.app.export.oscal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.OwnerNames;
import dev.steward.model.attestation.SignatureBlock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// The assessment-results document around the result: metadata (with the people as parties), the
/// import-ap placeholder and back-matter.
///
/// Steward has no OSCAL assessment plan to point at, so `import-ap` references a back-matter resource that
/// says where the controls come from; the schema only requires a URI reference there.
final class OscalDocument {
    static final String NS = "urn:x-steward:oscal";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ExportInput input;
    private final AttestationSnapshot snapshot;
    private final OscalUuids uuids;

    OscalDocument(ExportInput input) {
        this.input = input;
        this.snapshot = input.snapshot();
        this.uuids = new OscalUuids(input);
    }

    ObjectNode build() {
        ObjectNode root = NODES.objectNode();
        ObjectNode ar = root.putObject("assessment-results");
        ar.put("uuid", uuids.of("document"));
        ar.set("metadata", metadata());
        ar.putObject("import-ap").put("href", "#" + uuids.of("resource/catalog"))
                .put("remarks", "Steward publishes no OSCAL assessment plan; the controls are Steward's own catalog.");
        ar.putArray("results").add(new OscalResult(input, uuids).build());
        ArrayNode resources = ar.putObject("back-matter").putArray("resources");
        resources.addObject().put("uuid", uuids.of("resource/catalog"))
                .put("title", "Steward control catalog for AI integrations as non-human identities")
                .put("description", "Controls STW-01 to STW-14 with their framework mappings, as shipped with Steward.");
        return root;
    }

    private ObjectNode metadata() {
        ObjectNode m = NODES.objectNode();
        m.put("title", "Attestation of " + snapshot.integration().name()
                + (input.organisation().isEmpty() ? "" : " (" + input.organisation() + ")"));
        Instant modified = input.signature().map(SignatureBlock::signedAt).orElse(snapshot.asOf());
        m.put("last-modified", modified.toString());
        m.put("version", input.isSigned() ? "signed " + modified : "draft as of " + snapshot.asOf());
        m.put("oscal-version", OscalExport.OSCAL_VERSION);
        ArrayNode roles = m.putArray("roles");
        List<String[]> people = people();
        people.stream().map(p -> p[0]).distinct().forEach(role -> roles.addObject().put("id", role).put("title", roleTitle(role)));
        ArrayNode parties = m.putArray("parties");
        ArrayNode responsible = m.putArray("responsible-parties");
        for (int i = 0; i < people.size(); i++) {
            String[] p = people.get(i);
            String uuid = uuids.of("party/" + i + "/" + p[0]);
            parties.addObject().put("uuid", uuid).put("type", p[2]).put("name", p[1]);
            responsible.addObject().put("role-id", p[0]).putArray("party-uuids").add(uuid);
        }
        if (roles.isEmpty()) {
            m.remove(List.of("roles", "parties", "responsible-parties"));
        }
        return m;
    }

    /// (role, name, party type) for the organisation, sponsor, owners and signer, skipping unknown ones.
    private List<String[]> people() {
        List<String[]> people = new ArrayList<>();
        OwnerNames owners = snapshot.owners();
        add(people, "organization", input.organisation(), "organization");
        add(people, "sponsor", owners.sponsor(), "person");
        add(people, "technical-owner", owners.technicalOwner(), "person");
        owners.backupOwners().forEach(b -> add(people, "backup-owner", b, "person"));
        input.signature().ifPresent(s -> add(people, "signer", s.signerName(), "person"));
        return people;
    }

    private static void add(List<String[]> people, String role, String name, String type) {
        if (name != null && !name.isBlank()) {
            people.add(new String[]{role, name.strip(), type});
        }
    }

    private static String roleTitle(String role) {
        return switch (role) {
            case "organization" -> "Organisation";
            case "sponsor" -> "Business sponsor";
            case "technical-owner" -> "Technical owner";
            case "backup-owner" -> "Backup owner (in order)";
            case "signer" -> "Signer of the attestation";
            default -> role;
        };
    }
}
