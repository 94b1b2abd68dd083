package dev.steward.service.attestation;

/// A stored evidence file no longer matches the SHA-256 recorded when it was uploaded: it was altered in the
/// database. The content is withheld rather than handed out as if it were the original.
public class EvidenceIntegrityException extends RuntimeException {
    EvidenceIntegrityException(long id, String fileName, String expected, String actual) {
        super("Evidence " + id + " '" + fileName + "' was altered after upload: its SHA-256 is " + actual
                + ", but " + expected + " was recorded.");
    }
}
