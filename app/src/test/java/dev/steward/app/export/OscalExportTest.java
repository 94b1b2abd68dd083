package dev.steward.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.steward.app.export.oscal.OscalExport;
import dev.steward.model.signing.CanonicalJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// Validates against the official OSCAL 1.1.2 assessment-results JSON schema, taken unmodified from NIST's
/// liboscal-java 3.0.3 jar on Maven Central (`schema/json/oscal-ar_schema.json`, `$id`
/// `http://csrc.nist.gov/ns/oscal/1.0/oscal-ar-1.1.2-schema.json`), a test dependency.
class OscalExportTest {
    private static final ExportFixture FIXTURE = new ExportFixture();
    private static final Schema SCHEMA = loadSchema();

    @Test
    void signedAndUnsignedExportsAreValidOscal() {
        for (ExportInput input : List.of(FIXTURE.signedInput(), FIXTURE.unsignedInput())) {
            List<Error> errors = SCHEMA.validate(export(input), InputFormat.JSON);
            assertThat(errors).as(input.stateLabel()).isEmpty();
        }
    }

    @Test
    void theSchemaCatchesABrokenDocument() {
        // Guards against a validator that silently accepts everything (e.g. an unresolved $ref).
        String broken = export(FIXTURE.signedInput()).replaceFirst("\"oscal-version\"", "\"oscal-versio\"");
        assertThat(SCHEMA.validate(broken, InputFormat.JSON)).isNotEmpty();
        String badUuid = export(FIXTURE.signedInput()).replaceFirst("\"uuid\" : \"[0-9a-f-]+\"", "\"uuid\" : \"not-a-uuid\"");
        assertThat(SCHEMA.validate(badUuid, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void thereIsOneFindingPerControlAndOneObservationPerEvidenceFile() {
        JsonNode result = CanonicalJson.parse(export(FIXTURE.signedInput())).path("assessment-results").path("results").get(0);

        assertThat(result.path("findings")).hasSize(FIXTURE.snapshot.controls().size());
        assertThat(result.path("observations")).hasSize(FIXTURE.signedInput().evidence().size());
        Set<String> states = new HashSet<>();
        result.path("findings").forEach(f -> states.add(f.path("target").path("status").path("state").textValue()));
        assertThat(states).containsExactlyInAnyOrder("satisfied", "not-satisfied");
        assertThat(export(FIXTURE.signedInput())).contains("(unverified)").contains("No production data is reachable");
        assertThat(result.path("observations").get(0).path("props").toString())
                .contains(FIXTURE.signedInput().evidence().getFirst().evidence().sha256());
    }

    @Test
    void reExportIsByteForByteStableAndUuidsAreVersion5() {
        String first = export(FIXTURE.signedInput());
        assertThat(export(FIXTURE.signedInput())).isEqualTo(first);
        String uuid = CanonicalJson.parse(first).path("assessment-results").path("uuid").textValue();
        assertThat(uuid).matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        String unsignedUuid = CanonicalJson.parse(export(FIXTURE.unsignedInput())).path("assessment-results").path("uuid").textValue();
        assertThat(unsignedUuid).isNotEqualTo(uuid);
    }

    private static String export(ExportInput input) {
        return new String(ExportFixture.bytes(new OscalExport(), input), StandardCharsets.UTF_8);
    }

    private static Schema loadSchema() {
        try (InputStream in = OscalExportTest.class.getResourceAsStream("/schema/json/oscal-ar_schema.json")) {
            assertThat(in).as("OSCAL schema from liboscal-java on the test classpath").isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
