package dev.steward.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.steward.app.export.cyclonedx.CycloneDxExport;
import dev.steward.app.export.formats.Exports;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Jsf;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.SecretDetector;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Validates against the official CycloneDX 1.6 JSON schema, taken unmodified from org.cyclonedx:cyclonedx-core-java
/// 12.2.0 on Maven Central (`bom-1.6.schema.json`, which references `jsf-0.82.schema.json` and `spdx.schema.json`
/// beside it), a test dependency; and checks the JSF signatures, the framework identifiers and the absence of secrets.
class CycloneDxExportTest {
    private static final ExportFixture FIXTURE = new ExportFixture();
    private static final Schema SCHEMA = loadSchema();

    @Test
    void theExportIsValidCycloneDx16() {
        String bom = export(FIXTURE.affirmedInput());

        List<Error> errors = SCHEMA.validate(bom, InputFormat.JSON);

        assertThat(errors).isEmpty();
        JsonNode root = CanonicalJson.parse(bom);
        assertThat(root.path("bomFormat").textValue()).isEqualTo("CycloneDX");
        assertThat(root.path("specVersion").textValue()).isEqualTo("1.6");
    }

    @Test
    void theSchemaCatchesABrokenDocument() {
        // Guards against a validator that accepts everything, e.g. one that never resolved the JSF schema.
        String bom = export(FIXTURE.affirmedInput());
        assertThat(SCHEMA.validate(bom.replaceFirst("\"thirdParty\" : false", "\"thirdParty\" : \"no\""), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(bom.replaceFirst("\"algorithm\" : \"Ed25519\"", "\"algorithm\" : \"Ed2551\""), InputFormat.JSON)).isNotEmpty();
        assertThat(SCHEMA.validate(bom.replaceFirst("\"serialNumber\" : \"urn:uuid:", "\"serialNumber\" : \"uuid:"), InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void bothJsfSignaturesVerifyWithTheManagersKey() {
        JsonNode bom = CanonicalJson.parse(export(FIXTURE.affirmedInput()));
        JsonNode signatory = bom.path("declarations").path("affirmation").path("signatories").get(0);

        assertThat(Jsf.problems("the BOM", bom, "signature")).isEmpty();
        assertThat(Jsf.problems("the signatory", signatory, "signature")).isEmpty();
        assertThat(Jsf.publicKey(bom.path("signature")).map(SigningKeys::fingerprint))
                .contains(SigningKeys.fingerprint(FIXTURE.keys.getPublic()));
        assertThat(signatory.path("name").textValue()).isEqualTo(ExportFixture.MANAGER.displayName());
        assertThat(signatory.path("role").textValue()).isEqualTo(ExportFixture.MANAGER.title());
    }

    @Test
    void changingAnySignedValueBreaksTheBomSignature() {
        ObjectNode bom = (ObjectNode) CanonicalJson.parse(export(FIXTURE.affirmedInput()));
        List<String> survived = new ArrayList<>();
        int[] tried = {0};
        eachLeaf(bom, "$", (path, leaf) -> {
            if (path.equals("$.signature.value")) {
                return;
            }
            ObjectNode tampered = bom.deepCopy();
            replace(tampered, path, leaf);
            tried[0]++;
            if (Jsf.problems("the BOM", tampered, "signature").isEmpty()) {
                survived.add(path);
            }
        });

        assertThat(tried[0]).isGreaterThan(200);
        assertThat(survived).isEmpty();
        ObjectNode withMember = bom.deepCopy();
        ((ObjectNode) withMember.path("declarations").path("claims").get(0)).put("predicate2", "added");
        assertThat(Jsf.problems("the BOM", withMember, "signature")).isNotEmpty();
        ObjectNode signatoryTampered = bom.deepCopy();
        ((ObjectNode) signatoryTampered.path("declarations").path("affirmation").path("signatories").get(0)).put("role", "CEO");
        assertThat(Jsf.problems("the signatory", signatoryTampered.path("declarations").path("affirmation")
                .path("signatories").get(0), "signature")).isNotEmpty();
    }

    @Test
    void everyFrameworkIdentifierIsInTheVerifiedFacts() throws IOException {
        JsonNode facts = readFacts();
        Map<String, Set<String>> current = new HashMap<>();
        Map<String, Boolean> verified = new HashMap<>();
        Set<String> allIds = new HashSet<>();
        for (JsonNode framework : facts.path("frameworks")) {
            Set<String> ids = new HashSet<>();
            for (JsonNode item : framework.path("items")) {
                ids.add(item.path("id").textValue());
                verified.put(framework.path("id").textValue() + "/" + item.path("id").textValue(),
                        item.path("verified").asBoolean() && "yes".equals(item.path("verification").textValue()));
            }
            current.put(framework.path("id").textValue(), ids);
            allIds.addAll(ids);
        }
        JsonNode bom = CanonicalJson.parse(export(FIXTURE.affirmedInput()));
        Set<String> frameworkRequirementRefs = new HashSet<>();
        int checked = 0;
        for (JsonNode standard : bom.path("definitions").path("standards")) {
            String ref = standard.path("bom-ref").textValue();
            if (ref.equals("steward-controls")) {
                continue;
            }
            String frameworkId = ref.substring("framework/".length());
            assertThat(current).as("framework of %s", ref).containsKey(frameworkId);
            for (JsonNode requirement : standard.path("requirements")) {
                String id = requirement.path("identifier").textValue();
                assertThat(current.get(frameworkId)).as("item of %s", frameworkId).contains(id);
                boolean isVerified = verified.get(frameworkId + "/" + id);
                assertThat(requirement.path("properties").get(0).path("value").textValue())
                        .isEqualTo(isVerified ? "verified" : "unverified");
                assertThat(requirement.has("descriptions")).as("unverified note on %s", id).isEqualTo(!isVerified);
                frameworkRequirementRefs.add(requirement.path("bom-ref").textValue());
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(verified.entrySet()).anySatisfy(e -> assertThat(e.getValue()).isFalse());
        // Every mapping points at one of those requirements.
        for (JsonNode requirement : bom.path("definitions").path("standards").get(0).path("requirements")) {
            requirement.path("properties").forEach(p -> assertThat(frameworkRequirementRefs).contains(p.path("value").textValue()));
        }
        // And no identifier-shaped text anywhere in the document names something the facts do not list.
        Pattern idShaped = Pattern.compile("\\b(NHI\\d+:\\d{4}|ASI\\d{2}|A\\d{2}(:\\d{4})?|M\\d+|GOV-\\d+"
                + "|(GOVERN|MAP|MEASURE|MANAGE) \\d+(\\.\\d+)?|GV-\\d+\\.\\d+-\\d{3}|(GV|ID|PR|DE|RS|RC)\\.[A-Z]{2}(-\\d{2})?"
                + "|A\\.\\d+(\\.\\d+)+)\\b");
        List<String> strays = new ArrayList<>();
        eachLeaf(bom, "$", (path, leaf) -> {
            if (leaf.isTextual()) {
                Matcher m = idShaped.matcher(leaf.textValue());
                while (m.find()) {
                    if (!allIds.contains(m.group())) {
                        strays.add(path + ": " + m.group());
                    }
                }
            }
        });
        assertThat(strays).isEmpty();
        assertThat(export(FIXTURE.affirmedInput())).doesNotContain("ID.AM-06");
    }

    @Test
    void theIntegrationIsTheServiceTheClaimsAreAboutAndEveryReferenceResolves() {
        JsonNode bom = CanonicalJson.parse(export(FIXTURE.affirmedInput()));
        Set<String> refs = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        eachLeaf(bom, "$", (path, leaf) -> {
            if (path.endsWith(".bom-ref") && !refs.add(leaf.textValue())) {
                duplicates.add(leaf.textValue());
            }
        });
        assertThat(duplicates).isEmpty();

        JsonNode service = bom.path("services").get(0);
        assertThat(service.path("name").textValue()).isEqualTo(FIXTURE.integration.name());
        JsonNode declarations = bom.path("declarations");
        int controls = FIXTURE.snapshot.controls().size();
        assertThat(declarations.path("claims")).hasSize(controls);
        assertThat(declarations.path("attestations").get(0).path("map")).hasSize(controls);
        for (JsonNode claim : declarations.path("claims")) {
            assertThat(claim.path("target").textValue()).isEqualTo(service.path("bom-ref").textValue());
            claim.path("evidence").forEach(e -> assertThat(refs).contains(e.textValue()));
        }
        for (JsonNode entry : declarations.path("attestations").get(0).path("map")) {
            assertThat(refs).contains(entry.path("requirement").textValue());
            entry.path("claims").forEach(c -> assertThat(refs).contains(c.textValue()));
            assertThat(entry.path("conformance").path("score").doubleValue()).isBetween(0.0, 1.0);
        }
        assertThat(refs).contains(declarations.path("attestations").get(0).path("assessor").textValue());
    }

    @Test
    void evidenceCarriesEachFilesHashAndTheAttestationsExpiry() {
        JsonNode bom = CanonicalJson.parse(export(FIXTURE.affirmedInput()));
        String expires = FIXTURE.affirmedInput().expiresAt().orElseThrow().toString();
        List<String> hashes = new ArrayList<>();
        for (JsonNode evidence : bom.path("declarations").path("evidence")) {
            assertThat(evidence.path("expires").textValue()).isEqualTo(expires);
            for (JsonNode data : evidence.path("data")) {
                String url = data.path("contents").path("url").textValue();
                assertThat(url).startsWith("ni:///sha-256;");
                byte[] digest = Base64.getUrlDecoder().decode(url.substring("ni:///sha-256;".length()));
                hashes.add(java.util.HexFormat.of().formatHex(digest));
            }
        }
        assertThat(hashes).containsExactlyElementsOf(FIXTURE.affirmedInput().evidence().stream()
                .map(l -> l.evidence().sha256()).toList());
        assertThat(bom.path("declarations").path("affirmation").path("statement").textValue())
                .contains(FIXTURE.affirmedInput().snapshotSha256()).contains(FIXTURE.signed.signature().fingerprint());
    }

    @Test
    void noSecretAndNoPrivateKeyMaterialIsWritten() {
        String text = export(FIXTURE.affirmedInput());
        byte[] pkcs8 = FIXTURE.keys.getPrivate().getEncoded();
        byte[] seed = java.util.Arrays.copyOfRange(pkcs8, pkcs8.length - 32, pkcs8.length);
        assertThat(text).doesNotContain(Base64.getEncoder().encodeToString(pkcs8))
                .doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(seed))
                .doesNotContain(Base64.getEncoder().encodeToString(seed));
        // Hashes, fingerprints and signatures are public and random-looking by design: the rest must read clean.
        Pattern publicDigests = Pattern.compile("[0-9a-f]{64}|ni:///sha-256;[A-Za-z0-9_-]+|([0-9a-f]{4} ){15}[0-9a-f]{4}");
        List<String> findings = new ArrayList<>();
        JsonNode bom = CanonicalJson.parse(text);
        eachLeaf(bom, "$", (path, leaf) -> {
            if (leaf.isTextual() && !path.contains(".signature.")) {
                SecretDetector.scan(publicDigests.matcher(leaf.textValue()).replaceAll(""))
                        .ifPresent(f -> findings.add(path + ": " + f));
            }
        });
        assertThat(findings).isEmpty();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    @Test
    void exportIsRefusedUnsignedOrWithoutAnAffirmation() {
        CycloneDxExport export = new CycloneDxExport();
        java.nio.file.Path target = dir.resolve("attestation.cdx.json");
        assertThatThrownBy(() -> Exports.toFile(export, FIXTURE.signedInput(), target, ExportProgress.NONE))
                .isInstanceOf(MissingAffirmationException.class);
        assertThat(dir.toFile().list()).isEmpty();
        assertThat(Exports.availableFor(FIXTURE.unsignedInput())).doesNotContain(Exports.byId("cyclonedx").orElseThrow());
        assertThatThrownBy(() -> ExportFixture.bytes(export, FIXTURE.unsignedInput()))
                .isInstanceOf(UnsignedAttestationException.class);
        assertThatThrownBy(() -> ExportFixture.bytes(export, FIXTURE.signedInput()))
                .isInstanceOf(MissingAffirmationException.class).hasMessageContaining("affirmation");
        assertThat(export.suggestedFileName(FIXTURE.affirmedInput())).endsWith(".cdx.json");
        assertThat(export(FIXTURE.affirmedInput())).isEqualTo(export(FIXTURE.affirmedInput()));
    }

    private static String export(ExportInput input) {
        return new String(ExportFixture.bytes(new CycloneDxExport(), input), StandardCharsets.UTF_8);
    }

    /// Calls `visit` with the JSON path of every scalar below `node`.
    static void eachLeaf(JsonNode node, String path, BiConsumer<String, JsonNode> visit) {
        if (node.isObject()) {
            node.properties().forEach(e -> eachLeaf(e.getValue(), path + "." + e.getKey(), visit));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachLeaf(node.get(i), path + "[" + i + "]", visit);
            }
        } else {
            visit.accept(path, node);
        }
    }

    /// Puts a changed copy of `leaf` at `path` (written as {@link #eachLeaf} writes paths).
    private static void replace(ObjectNode root, String path, JsonNode leaf) {
        JsonNode changed = leaf.isTextual() ? TextNode.valueOf(leaf.textValue() + "x")
                : leaf.isBoolean() ? com.fasterxml.jackson.databind.node.BooleanNode.valueOf(!leaf.booleanValue())
                : com.fasterxml.jackson.databind.node.DecimalNode.valueOf(leaf.decimalValue().add(java.math.BigDecimal.ONE));
        Matcher step = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]").matcher(path.substring(1));
        List<String> steps = new ArrayList<>();
        while (step.find()) {
            steps.add(step.group(1) != null ? step.group(1) : "#" + step.group(2));
        }
        JsonNode parent = root;
        for (int i = 0; i < steps.size() - 1; i++) {
            String s = steps.get(i);
            parent = s.startsWith("#") ? parent.get(Integer.parseInt(s.substring(1))) : parent.get(s);
        }
        String last = steps.getLast();
        if (last.startsWith("#")) {
            ((ArrayNode) parent).set(Integer.parseInt(last.substring(1)), changed);
        } else {
            ((ObjectNode) parent).set(last, changed);
        }
    }

    private static JsonNode readFacts() throws IOException {
        try (InputStream in = CycloneDxExportTest.class.getResourceAsStream("/dev/steward/model/controls/catalog-facts.json")) {
            assertThat(in).as("catalog-facts.json vendored in the model").isNotNull();
            return CanonicalJson.mapper().readTree(in);
        }
    }

    private static Schema loadSchema() {
        try (InputStream in = CycloneDxExportTest.class.getResourceAsStream("/bom-1.6.schema.json")) {
            assertThat(in).as("CycloneDX 1.6 schema from cyclonedx-core-java on the test classpath").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder
                    .schemaIdResolvers(r -> r.mapPrefix("http://cyclonedx.org/schema/", "classpath:"))).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
