package dev.steward.app.export.bundle;

/// What {@link BundleVerifier} checks; each failed check is reported with the details that locate it.
public enum BundleCheck {
    MALFORMED_JSON("the file is not well-formed JSON"),
    NOT_A_BUNDLE("the file is not a Steward attestation bundle"),
    UNSUPPORTED_VERSION("the bundle version is not supported by this verifier"),
    MISSING_FIELD("a required field is missing or has the wrong type"),
    UNREADABLE_SIGNATURE_BLOCK("the signature block cannot be read"),
    SNAPSHOT_HASH_MISMATCH("the snapshot does not match the hash that was signed: it was changed after signing"),
    UNSUPPORTED_ALGORITHM("the signature algorithm is not Ed25519"),
    MALFORMED_PUBLIC_KEY("the public key in the signature block is not a valid Ed25519 key"),
    FINGERPRINT_MISMATCH("the fingerprint in the signature block does not belong to its public key"),
    BAD_SIGNATURE("the signature does not match the signature block and snapshot hash"),
    KEY_MISMATCH("the bundle's publicKey or fingerprint differs from the signed signature block"),
    EVIDENCE_MISMATCH("the evidence list differs from the evidence recorded in the signed snapshot"),
    SNAPSHOT_UNREADABLE("the snapshot is not a readable Steward snapshot"),
    UNKNOWN_MEMBER("the bundle holds a member that this layout does not have, so no signature or check covers it"),
    CHECKPOINT_INVALID("the audit checkpoint in the bundle does not hold");

    private final String explanation;

    BundleCheck(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
