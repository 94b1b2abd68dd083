package dev.steward.model.campaign;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.model.access.User;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.attestation.VerificationResult;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.StrictJson;

import java.io.IOException;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// A campaign report with the manager's signature, as one file verifiable offline like an attestation bundle:
/// the same {@link SignatureBlock} over the SHA-256 of the report's canonical JSON, checked by the same code.
///
/// File ({@link #toBundle()}): `{"format":"steward-campaign-report-bundle","version":1,"report":{...},
/// "signature":{...},"verify":"…"}`. Verifying ({@link #verify(byte[])}) needs nothing but the file.
public record SignedCampaignReport(CampaignReport report, SignatureBlock signature) {
    public static final String FORMAT = "steward-campaign-report-bundle";
    public static final int VERSION = 1;
    static final List<String> MEMBERS = List.of("format", "version", "report", "signature", "verify");
    static final String HOW_TO_VERIFY = "Run `steward verify-campaign <this file>`; it needs no database or network. "
            + "By hand: SHA-256 of the canonical JSON (sorted keys, no whitespace, UTF-8) of `report` must equal "
            + "`signature.snapshotSha256`; `signature.algorithm` is Ed25519; `signature.fingerprint` is SHA-256 of the "
            + "base64-decoded `signature.publicKey`; the Ed25519 `signature.signature` verifies over the canonical JSON "
            + "of `signature` without its `signature` member. Compare the fingerprint with the manager's key in the "
            + "register's signed key list.";

    /// What a verification found: every problem (empty when it verifies) and what could be read.
    public record Verification(List<String> problems, Optional<CampaignReport> report,
                               Optional<SignatureBlock> signature) {
        public Verification {
            problems = List.copyOf(problems);
        }

        public boolean verified() {
            return problems.isEmpty();
        }
    }

    public static SignedCampaignReport sign(CampaignReport report, User manager, KeyPair keys, Instant at) {
        return new SignedCampaignReport(report, SignatureBlock.sign(report.toJsonTree(), manager, keys, at));
    }

    /// The file, indented for people; verification hashes the canonical form of `report`, not the file's bytes.
    public ObjectNode toBundle() {
        ObjectNode root = JsonNodeFactory.instance.objectNode().put("format", FORMAT).put("version", VERSION);
        root.set("report", report.toJsonTree());
        root.set("signature", signature.toJsonTree());
        root.put("verify", HOW_TO_VERIFY);
        return root;
    }

    /// Checks a report file: layout, the report's hash, the key's fingerprint and the signature.
    public static Verification verify(byte[] file) {
        List<String> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = CanonicalJson.mapper().reader().with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(file);
        } catch (IOException e) {
            return failed("not readable JSON: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) {
            return failed("the file is empty");
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").textValue())) {
            return failed("not a campaign report: $.format must be \"" + FORMAT + "\"");
        }
        if (!root.path("version").isInt() || root.path("version").intValue() != VERSION) {
            return failed("$.version is " + root.path("version") + ", this verifier reads version " + VERSION);
        }
        problems.addAll(StrictJson.unknownMembers(root, MEMBERS, "$"));
        CampaignReport report = null;
        SignatureBlock signature = null;
        try {
            report = CampaignReport.fromJson(root.get("report"), "$.report");
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        try {
            JsonNode block = StrictJson.requireKnownMembers(root.get("signature"), List.of("signerUsername",
                    "signerName", "signerTitle", "signedAt", "algorithm", "publicKey", "fingerprint", "signature",
                    "snapshotSha256"), "$.signature");
            signature = SignatureBlock.fromJson(block);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (root.get("report") != null && root.get("report").isObject() && signature != null) {
            // The attestation bundle's check, over the report instead of a snapshot.
            VerificationResult result = SignedAttestation.of(root.get("report"), signature).verify();
            result.failures().forEach(f -> problems.add(describe(f)));
        }
        return new Verification(problems, Optional.ofNullable(report), Optional.ofNullable(signature));
    }

    private static String describe(VerificationResult.Failure failure) {
        return switch (failure) {
            case SNAPSHOT_HASH_MISMATCH -> "signature.snapshotSha256 no longer matches the report: it was changed";
            case UNSUPPORTED_ALGORITHM -> "signature.algorithm is not Ed25519";
            case MALFORMED_PUBLIC_KEY -> "signature.publicKey is not an Ed25519 public key";
            case FINGERPRINT_MISMATCH -> "signature.fingerprint is not the fingerprint of signature.publicKey";
            case BAD_SIGNATURE, KEY_NOT_TRUSTED -> "the signature does not verify";
        };
    }

    private static Verification failed(String problem) {
        return new Verification(List.of(problem), Optional.empty(), Optional.empty());
    }
}
