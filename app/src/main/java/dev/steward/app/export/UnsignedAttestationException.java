package dev.steward.app.export;

/// The attestation has no signature, but the chosen format only makes sense signed (the verifiable
/// JSON bundle). The message says what to do instead, for showing as is.
public class UnsignedAttestationException extends IllegalStateException {
    public UnsignedAttestationException(String formatName, String state) {
        super("Cannot export a " + formatName + ": the attestation is " + state
                + ", not signed. A manager must sign it first; export the PDF report (marked DRAFT) meanwhile.");
    }
}
