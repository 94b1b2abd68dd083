package dev.steward.app.export.formats;

import dev.steward.app.export.*;

import dev.steward.app.export.bundle.SignedBundleExport;
import dev.steward.app.export.cyclonedx.CycloneDxExport;
import dev.steward.app.export.oscal.OscalExport;
import dev.steward.app.export.pdf.PdfAttestationExport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/// The registry of export formats, and the one way to export to a file.
public final class Exports {
    private static final List<AttestationExport> ALL = List.of(new PdfAttestationExport(), new SignedBundleExport(),
            new OscalExport(), new CycloneDxExport());

    private Exports() {
    }

    /// Every format, in menu order: PDF report, signed JSON bundle, OSCAL assessment results, CycloneDX attestation.
    public static List<AttestationExport> all() {
        return ALL;
    }

    /// The format with this {@link AttestationExport#id()}, e.g. `pdf`.
    public static Optional<AttestationExport> byId(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /// The formats this input can be exported to (the signed bundle only when it is signed).
    public static List<AttestationExport> availableFor(ExportInput input) {
        return ALL.stream().filter(e -> input.isSigned() || !e.requiresSignature()).toList();
    }

    /// Exports to `target` atomically: on failure or cancellation no file (and no temporary file) is left.
    public static void toFile(AttestationExport export, ExportInput input, Path target, ExportProgress progress)
            throws IOException {
        if (export.requiresSignature() && !input.isSigned()) {
            // Fail before creating anything, with the format's own message.
            throw new UnsignedAttestationException(export.displayName(), input.stateLabel());
        }
        if (export.requiresAffirmation() && input.affirmant().isEmpty()) {
            throw new MissingAffirmationException(export.displayName());
        }
        AtomicFileWriter.write(target, out -> export.write(input, out, progress));
    }
}
