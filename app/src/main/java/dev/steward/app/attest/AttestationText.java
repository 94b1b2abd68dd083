package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.StoredEvidence;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/// How attestations and evidence read on screen, shared by the view models and the tables.
public final class AttestationText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AttestationText() {
    }

    /// The state line: "Signed, expires 2027-05-01 10:00", "Expired on …", or "No attestation yet".
    public static String state(StoredAttestation stored, Instant now) {
        if (stored == null) {
            return Messages.get("attest.state.none");
        }
        Attestation a = stored.attestation();
        String label = Messages.label(a.state());
        if (a.expiresAt() == null) {
            return label;
        }
        return Messages.format(a.isExpired(now) ? "attest.state.expired" : "attest.state.expires", label, instant(a.expiresAt()));
    }

    public static String instant(Instant at) {
        return at == null ? "" : WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    public static String submitted(StoredAttestation s) {
        var snapshot = s.attestation().snapshot();
        return snapshot == null ? "" : Messages.isolate(snapshot.submittedBy()) + ", " + instant(snapshot.asOf());
    }

    /// Signer's username with the name and title frozen into the signature, and when.
    public static String signed(StoredAttestation s) {
        var signed = s.attestation().signed();
        if (signed == null) {
            return "";
        }
        var block = signed.signature();
        String title = block.signerTitle().isBlank() ? "" : ", " + Messages.isolate(block.signerTitle());
        return Messages.isolate(block.signerName()) + title + " (" + Messages.isolate(block.signerUsername()) + "), "
                + instant(block.signedAt());
    }

    public static String staleReason(StoredAttestation s) {
        return s.attestation().staleReasons().stream().map(MaterialChange::toString).collect(Collectors.joining("; "));
    }

    /// `3f2a…9c01`: enough to compare by eye; the full hash is in the tooltip.
    public static String shortHash(String sha256) {
        return sha256.length() <= 12 ? sha256 : sha256.substring(0, 8) + "…" + sha256.substring(sha256.length() - 4);
    }

    public static String size(long bytes) {
        if (bytes < 1024) {
            return Messages.format("attest.size.bytes", bytes);
        }
        return bytes < 1024 * 1024 ? Messages.format("attest.size.kib", bytes / 1024.0)
                : Messages.format("attest.size.mib", bytes / (1024.0 * 1024));
    }

    public static String uploaded(StoredEvidence e) {
        return Messages.isolate(e.ref().uploadedBy()) + ", " + instant(e.ref().uploadedAt());
    }
}
