package dev.steward.app.export;

import java.io.IOException;
import java.io.OutputStream;

/// One export format of an attestation. Implementations stream to the given output and never touch the
/// file system, so the caller decides where the bytes go; write files through {@link AtomicFileWriter}
/// (or `formats.Exports.toFile`) so a failed or cancelled export leaves nothing behind.
///
/// Implementations are stateless and thread-safe: one instance serves every export.
public interface AttestationExport {
    /// Stable identifier used by the CLI and settings: `pdf`, `json`, `oscal` or `cyclonedx`.
    String id();

    /// Short name for menus, e.g. "PDF report".
    String displayName();

    /// File name extension without the dot.
    String fileExtension();

    /// IANA media type of the output.
    String mediaType();

    /// True when only a signed attestation can be exported in this format.
    default boolean requiresSignature() {
        return false;
    }

    /// True when the export carries a manager's signed affirmation, so the input needs an
    /// {@link ExportInput#affirmant()} (whose key is unlocked with a passphrase before exporting).
    default boolean requiresAffirmation() {
        return false;
    }

    /// Writes the export. Does not close `out`.
    ///
    /// @throws UnsignedAttestationException when {@link #requiresSignature()} and the input is unsigned
    /// @throws ExportCancelledException     when `progress` asked to cancel
    void write(ExportInput input, OutputStream out, ExportProgress progress) throws IOException;

    /// The file name to suggest, e.g. `attestation-crm-agent-2025-06-15.pdf`.
    default String suggestedFileName(ExportInput input) {
        return input.fileStem() + "." + fileExtension();
    }
}
