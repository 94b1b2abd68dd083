package dev.steward.app.export.oscal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.model.signing.CanonicalJson;

import java.io.IOException;
import java.io.OutputStream;

/// OSCAL 1.1.2 assessment results: one result with a finding per attested control and an observation
/// per evidence file, for GRC tools that import OSCAL.
///
/// Unsigned attestations export too (GRC tools track work in progress); the result then says so in its
/// props and has no `end`.
public final class OscalExport implements AttestationExport {
    public static final String ID = "oscal";
    public static final String OSCAL_VERSION = "1.1.2";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "OSCAL assessment results";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/oscal.ar+json";
    }

    @Override
    public String suggestedFileName(ExportInput input) {
        return input.fileStem() + ".oscal-ar.json";
    }

    @Override
    public void write(ExportInput input, OutputStream out, ExportProgress progress) throws IOException {
        progress.step(0, 2);
        ObjectNode document = new OscalDocument(input).build();
        progress.step(1, 2);
        CanonicalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, document);
        out.flush();
        progress.worked(2, 2);
    }
}
