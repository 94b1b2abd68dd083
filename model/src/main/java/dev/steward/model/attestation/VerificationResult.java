package dev.steward.model.attestation;

import java.util.List;
import java.util.stream.Collectors;

/// The outcome of verifying a signed attestation: valid, or every check that failed.
public record VerificationResult(List<Failure> failures) {
    public enum Failure {
        SNAPSHOT_HASH_MISMATCH("the snapshot does not match the hash that was signed: it was changed after signing"),
        UNSUPPORTED_ALGORITHM("the signature algorithm is not Ed25519"),
        MALFORMED_PUBLIC_KEY("the public key in the signature block is not a valid Ed25519 key"),
        FINGERPRINT_MISMATCH("the fingerprint does not belong to the public key in the signature block"),
        BAD_SIGNATURE("the signature does not match the signature block and snapshot hash"),
        KEY_NOT_TRUSTED("the signing key is not the one expected for this signer");

        private final String explanation;

        Failure(String explanation) {
            this.explanation = explanation;
        }

        public String explanation() {
            return explanation;
        }
    }

    public VerificationResult {
        failures = List.copyOf(failures);
    }

    public boolean valid() {
        return failures.isEmpty();
    }

    public boolean failed(Failure failure) {
        return failures.contains(failure);
    }

    /// "Signature valid." or each failure's explanation, for people.
    public String describe() {
        return valid() ? "Signature valid."
                : "Signature INVALID: " + failures.stream().map(Failure::explanation).collect(Collectors.joining("; ")) + ".";
    }
}
