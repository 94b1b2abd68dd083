package dev.steward.app.export.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.steward.app.export.bundle.BundleVerification.Problem;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.attestation.VerificationResult;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.StrictJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Verifies a signed bundle offline: no database, no network, no Steward state; only the file.
///
/// It keeps going after a failure where later checks still mean something, so one run reports every
/// problem; it stops only where nothing further can be read (malformed JSON, not a bundle).
public final class BundleVerifier {
    // Duplicate keys would let a file show one value to a person and another to a parser; trailing
    // content after the object would hide a second document.
    private static final ObjectReader READER = CanonicalJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BundleVerifier() {
    }

    /// @throws IOException when the file cannot be read at all (a broken file is a problem, not an exception)
    public static BundleVerification verify(Path bundle) throws IOException {
        return verify(Files.readAllBytes(bundle));
    }

    public static BundleVerification verify(byte[] bundle) {
        JsonNode root;
        try {
            root = READER.readTree(bundle);
        } catch (JsonProcessingException e) {
            return failed(BundleCheck.MALFORMED_JSON, location(e) + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(BundleCheck.MALFORMED_JSON, e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            // Jackson reads no content as "no document", not as an error; for a person it is an empty file.
            return failed(BundleCheck.MALFORMED_JSON, "the file is empty");
        }
        if (!root.isObject()) {
            return failed(BundleCheck.NOT_A_BUNDLE, "the top level is not a JSON object");
        }
        if (!BundleFormat.FORMAT.equals(root.path(BundleFormat.F_FORMAT).textValue())) {
            return failed(BundleCheck.NOT_A_BUNDLE, "format is " + root.path(BundleFormat.F_FORMAT)
                    + ", expected \"" + BundleFormat.FORMAT + "\"");
        }
        if (!root.path(BundleFormat.F_VERSION).isInt() || root.path(BundleFormat.F_VERSION).intValue() != BundleFormat.VERSION) {
            return failed(BundleCheck.UNSUPPORTED_VERSION, "version is " + root.path(BundleFormat.F_VERSION)
                    + ", this verifier reads version " + BundleFormat.VERSION);
        }
        return new Checks(root).run();
    }

    private static BundleVerification failed(BundleCheck check, String detail) {
        return new BundleVerification(List.of(new Problem(check, detail)), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
    }

    /// The checks on a parsed bundle, collecting problems as it goes.
    private static final class Checks {
        private final JsonNode root;
        private final List<Problem> problems = new ArrayList<>();

        Checks(JsonNode root) {
            this.root = root;
        }

        BundleVerification run() {
            JsonNode snapshotJson = field(BundleFormat.F_SNAPSHOT, JsonNode::isObject, "an object");
            JsonNode signatureJson = field(BundleFormat.F_SIGNATURE, JsonNode::isObject, "an object");
            JsonNode publicKey = field(BundleFormat.F_PUBLIC_KEY, JsonNode::isTextual, "a string");
            JsonNode fingerprint = field(BundleFormat.F_FINGERPRINT, JsonNode::isTextual, "a string");
            JsonNode evidence = field(BundleFormat.F_EVIDENCE, JsonNode::isArray, "an array");
            SignatureBlock signature = signatureJson == null ? null : signatureBlock(signatureJson);
            AttestationSnapshot snapshot = snapshotJson == null ? null : snapshot(snapshotJson);
            if (snapshotJson != null && signature != null) {
                cryptography(SignedAttestation.of(snapshotJson, signature).verify());
            }
            if (signature != null && publicKey != null && !publicKey.textValue().equals(signature.publicKey())) {
                problems.add(new Problem(BundleCheck.KEY_MISMATCH, "publicKey differs from signature.publicKey"));
            }
            if (signature != null && fingerprint != null && !fingerprint.textValue().equals(signature.fingerprint())) {
                problems.add(new Problem(BundleCheck.KEY_MISMATCH, "fingerprint differs from signature.fingerprint"));
            }
            if (snapshotJson != null && evidence != null) {
                EvidenceComparison.compare(BundleFormat.evidenceOf(snapshotJson), evidence)
                        .ifPresent(d -> problems.add(new Problem(BundleCheck.EVIDENCE_MISMATCH, d)));
            }
            JsonNode verifyText = root.get(BundleFormat.F_VERIFY);
            if (verifyText != null && !verifyText.isTextual()) {
                problems.add(new Problem(BundleCheck.MISSING_FIELD, "'" + BundleFormat.F_VERIFY + "' must be a string but is "
                        + verifyText.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            }
            unknownMembers(snapshotJson, signatureJson, evidence, signature, snapshot);
            Checkpoint checkpoint = checkpoint(root.get(BundleFormat.F_CHECKPOINT));
            return new BundleVerification(problems, Optional.ofNullable(signature), Optional.ofNullable(snapshot),
                    Optional.ofNullable(checkpoint));
        }

        /// Nothing may sit in the file that no check covers: each part is compared with what a strict reader makes
        /// of it, written back out. (The signature covers only the members its block knows, so an added member
        /// would otherwise ride along as if signed.)
        private void unknownMembers(JsonNode snapshotJson, JsonNode signatureJson, JsonNode evidence,
                                    SignatureBlock signature, AttestationSnapshot snapshot) {
            List<String> found = new ArrayList<>(StrictJson.unknownMembers(root, BundleFormat.MEMBERS, "$"));
            if (signature != null) {
                found.addAll(StrictJson.unknownMembers(signatureJson, signature.toJsonTree(), "$." + BundleFormat.F_SIGNATURE));
            }
            if (snapshot != null) {
                found.addAll(StrictJson.unknownMembers(snapshotJson, snapshot.toJsonTree(), "$." + BundleFormat.F_SNAPSHOT));
            }
            if (snapshotJson != null && evidence != null) {
                found.addAll(StrictJson.unknownMembers(evidence, BundleFormat.evidenceOf(snapshotJson),
                        "$." + BundleFormat.F_EVIDENCE));
            }
            StrictJson.capped(found).forEach(f -> problems.add(new Problem(BundleCheck.UNKNOWN_MEMBER, f)));
        }

        private Checkpoint checkpoint(JsonNode json) {
            if (json == null) {
                return null;
            }
            Checkpoint checkpoint;
            try {
                checkpoint = Checkpoint.fromJson(json, "$." + BundleFormat.F_CHECKPOINT);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(e.getMessage().startsWith("unknown member") ? BundleCheck.UNKNOWN_MEMBER
                        : BundleCheck.CHECKPOINT_INVALID, e.getMessage()));
                return null;
            }
            checkpoint.signatureProblems().forEach(p -> problems.add(new Problem(BundleCheck.CHECKPOINT_INVALID, p)));
            return checkpoint;
        }

        private JsonNode field(String name, java.util.function.Predicate<JsonNode> type, String typeName) {
            JsonNode value = root.get(name);
            if (value == null || !type.test(value)) {
                problems.add(new Problem(BundleCheck.MISSING_FIELD, "'" + name + "' must be " + typeName
                        + (value == null ? " but is absent" : " but is " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT))));
                return null;
            }
            return value;
        }

        private SignatureBlock signatureBlock(JsonNode json) {
            try {
                return SignatureBlock.fromJson(json);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(BundleCheck.UNREADABLE_SIGNATURE_BLOCK, e.getMessage()));
                return null;
            }
        }

        private AttestationSnapshot snapshot(JsonNode json) {
            try {
                return AttestationSnapshot.fromJson(json);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(BundleCheck.SNAPSHOT_UNREADABLE, e.getMessage()));
                return null;
            }
        }

        private void cryptography(VerificationResult result) {
            for (VerificationResult.Failure failure : result.failures()) {
                BundleCheck check = switch (failure) {
                    case SNAPSHOT_HASH_MISMATCH -> BundleCheck.SNAPSHOT_HASH_MISMATCH;
                    case UNSUPPORTED_ALGORITHM -> BundleCheck.UNSUPPORTED_ALGORITHM;
                    case MALFORMED_PUBLIC_KEY -> BundleCheck.MALFORMED_PUBLIC_KEY;
                    case FINGERPRINT_MISMATCH -> BundleCheck.FINGERPRINT_MISMATCH;
                    case BAD_SIGNATURE, KEY_NOT_TRUSTED -> BundleCheck.BAD_SIGNATURE;
                };
                problems.add(new Problem(check, failure == VerificationResult.Failure.SNAPSHOT_HASH_MISMATCH
                        ? "signature.snapshotSha256 no longer matches the snapshot" : ""));
            }
        }
    }
}
