package dev.steward.app.export.bundle;

import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.ledger.Checkpoint;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/// The outcome of verifying a bundle: every failed check with its details, plus what could be read
/// (for the CLI to say who signed what).
///
/// @param problems  empty when the bundle is valid
/// @param signature the signature block when it could be read
/// @param snapshot  the snapshot when it could be read
/// @param checkpoint the audit checkpoint the bundle carries, when it has one that could be read
public record BundleVerification(List<Problem> problems, Optional<SignatureBlock> signature,
                                 Optional<AttestationSnapshot> snapshot, Optional<Checkpoint> checkpoint) {
    /// One failed check. `detail` locates it: a line and column, a field name, an evidence entry.
    public record Problem(BundleCheck check, String detail) {
        public String describe() {
            return check.explanation() + (detail.isEmpty() ? "" : ": " + detail);
        }
    }

    public BundleVerification {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    public boolean failed(BundleCheck check) {
        return problems.stream().anyMatch(p -> p.check() == check);
    }

    /// The checks that failed, in the order found.
    public List<BundleCheck> failedChecks() {
        return problems.stream().map(Problem::check).distinct().toList();
    }

    /// One line per problem, or a line saying who signed what when valid.
    public String describe() {
        if (valid()) {
            return "VALID: signed by " + signature.map(s -> s.signerName() + " at " + s.signedAt()
                    + " with key " + s.fingerprint()).orElse("?")
                    + snapshot.map(s -> " for \"" + s.integration().name() + "\" as of " + s.asOf()).orElse("") + ".";
        }
        return "INVALID:\n" + problems.stream().map(p -> "- " + p.describe()).collect(Collectors.joining("\n"));
    }
}
