package dev.steward.app.export.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/// Names and shared pieces of the signed bundle layout, so the writer and the verifier cannot drift apart.
final class BundleFormat {
    static final String FORMAT = "steward-attestation-bundle";
    static final int VERSION = 1;

    static final String F_FORMAT = "format";
    static final String F_VERSION = "version";
    static final String F_SNAPSHOT = "snapshot";
    static final String F_SIGNATURE = "signature";
    static final String F_PUBLIC_KEY = "publicKey";
    static final String F_FINGERPRINT = "fingerprint";
    static final String F_EVIDENCE = "evidence";
    static final String F_VERIFY = "verify";
    static final String F_CHECKPOINT = "checkpoint";
    /// Every member a bundle may have; `checkpoint` only when the register had one at export time.
    static final java.util.List<String> MEMBERS = java.util.List.of(F_FORMAT, F_VERSION, F_SNAPSHOT, F_SIGNATURE,
            F_PUBLIC_KEY, F_FINGERPRINT, F_EVIDENCE, F_VERIFY, F_CHECKPOINT);

    static final String HOW_TO_VERIFY = "Run `steward verify <this file>`; it needs no database or network. By hand, "
            + "as the README's auditor section lists step by step: no member beyond the documented layout anywhere; "
            + "SHA-256 of the canonical JSON (RFC 8785 style: sorted keys, no whitespace, UTF-8) of `snapshot` must equal "
            + "`signature.snapshotSha256`; `signature.algorithm` is Ed25519; `signature.fingerprint` must be SHA-256 of the "
            + "base64-decoded `signature.publicKey` (hex, groups of four); the Ed25519 `signature.signature` must verify "
            + "over the canonical JSON of `signature` without its `signature` member; `publicKey` and `fingerprint` equal "
            + "those in `signature`; `evidence` must list the files and hashes found in `snapshot.controls[].evidence`; "
            + "a `checkpoint` must verify the same way over its members without `signature`.";

    private BundleFormat() {
    }

    /// The evidence summary derived from the snapshot JSON itself (not from the snapshot object), so the
    /// verifier can compare it even when the snapshot no longer reads as a Steward snapshot.
    static ArrayNode evidenceOf(JsonNode snapshot) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (JsonNode control : snapshot.path("controls")) {
            for (JsonNode e : control.path("evidence")) {
                list.addObject()
                        .put("control", control.path("code").asText())
                        .put("file", e.path("fileName").asText())
                        .put("sha256", e.path("sha256").asText())
                        .put("effectiveDate", e.path("effectiveDate").asText());
            }
        }
        return list;
    }
}
