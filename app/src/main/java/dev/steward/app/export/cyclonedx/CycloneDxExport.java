package dev.steward.app.export.cyclonedx;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.app.export.MissingAffirmationException;
import dev.steward.app.export.UnsignedAttestationException;
import dev.steward.app.runtime.Version;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.signing.CanonicalJson;

import java.io.IOException;
import java.io.OutputStream;

/// A CycloneDX 1.6 attestation (`declarations` and `definitions.standards`) of a signed attestation, affirmed
/// and JSF-signed by a manager at export time; docs/cyclonedx.md explains the mapping and how to verify it.
///
/// The file is indented for people to read; that is safe because JSF signs the JCS form, not the file's bytes.
public final class CycloneDxExport implements AttestationExport {
    public static final String ID = "cyclonedx";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "CycloneDX attestation";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/vnd.cyclonedx+json";
    }

    @Override
    public boolean requiresSignature() {
        return true;
    }

    @Override
    public boolean requiresAffirmation() {
        return true;
    }

    @Override
    public String suggestedFileName(ExportInput input) {
        return input.fileStem() + ".cdx.json";
    }

    @Override
    public void write(ExportInput input, OutputStream out, ExportProgress progress) throws IOException {
        SignatureBlock signature = input.signature()
                .orElseThrow(() -> new UnsignedAttestationException(displayName(), input.stateLabel()));
        Affirmant affirmant = input.affirmant().orElseThrow(() -> new MissingAffirmationException(displayName()));
        progress.step(0, 2);
        ObjectNode bom = new CycloneDxBom(input, signature, affirmant, Version.current()).build();
        progress.step(1, 2);
        CanonicalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, bom);
        out.flush();
        progress.worked(2, 2);
    }
}
