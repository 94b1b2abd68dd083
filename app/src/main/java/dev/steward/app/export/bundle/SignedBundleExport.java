package dev.steward.app.export.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.app.export.UnsignedAttestationException;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.signing.CanonicalJson;

import java.io.IOException;
import java.io.OutputStream;

/// The signed JSON bundle: snapshot, signature, key and evidence hashes in one file that
/// {@link BundleVerifier} (and `steward verify`) checks offline.
///
/// The file is indented for people to read; that is safe because verification hashes the canonical form
/// of `snapshot`, not the bytes of the file.
public final class SignedBundleExport implements AttestationExport {
    public static final String ID = "json";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "signed JSON bundle";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public boolean requiresSignature() {
        return true;
    }

    @Override
    public void write(ExportInput input, OutputStream out, ExportProgress progress) throws IOException {
        SignatureBlock signature = input.signature()
                .orElseThrow(() -> new UnsignedAttestationException(displayName(), input.stateLabel()));
        progress.step(0, 2);
        ObjectNode bundle = bundle(input, signature);
        progress.step(1, 2);
        CanonicalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, bundle);
        out.flush();
        progress.worked(2, 2);
    }

    static ObjectNode bundle(ExportInput input, SignatureBlock signature) {
        JsonNode snapshot = CanonicalJson.parse(input.snapshotJson());
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put(BundleFormat.F_FORMAT, BundleFormat.FORMAT);
        root.put(BundleFormat.F_VERSION, BundleFormat.VERSION);
        root.set(BundleFormat.F_SNAPSHOT, snapshot);
        root.set(BundleFormat.F_SIGNATURE, signature.toJsonTree());
        root.put(BundleFormat.F_PUBLIC_KEY, signature.publicKey());
        root.put(BundleFormat.F_FINGERPRINT, signature.fingerprint());
        root.set(BundleFormat.F_EVIDENCE, BundleFormat.evidenceOf(snapshot));
        input.checkpoint().ifPresent(c -> root.set(BundleFormat.F_CHECKPOINT, c.toJsonTree()));
        root.put(BundleFormat.F_VERIFY, BundleFormat.HOW_TO_VERIFY);
        return root;
    }
}
