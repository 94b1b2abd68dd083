package dev.steward.model.attestation;

import dev.steward.model.signing.Sha256;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/// A file that supports an assessment. The file itself lives in storage; the attestation freezes its
/// hash, so swapping the file later is detectable.
///
/// @param sizeBytes     size of the file in bytes
/// @param sha256        SHA-256 of the content, 64 lower-case hex digits
/// @param effectiveDate the date the evidence speaks for (a report of last quarter uploaded today),
///                      kept apart from the upload instant for that reason
/// @param uploadedAt    when it was uploaded
/// @param uploadedBy    username of the uploader
public record EvidenceRef(String fileName, String mediaType, long sizeBytes, String sha256,
                          LocalDate effectiveDate, Instant uploadedAt, String uploadedBy) {
    public EvidenceRef {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        if (fileName.isBlank()) {
            throw new IllegalArgumentException("evidence needs a file name");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("evidence size must not be negative: " + sizeBytes);
        }
        if (!Sha256.isHex(sha256)) {
            throw new IllegalArgumentException("evidence hash must be 64 lower-case hex digits, got " + sha256);
        }
    }
}
