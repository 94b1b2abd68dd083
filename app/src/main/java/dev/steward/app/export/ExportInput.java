package dev.steward.app.export;

import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.attestation.VerificationResult;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/// Everything an export needs: one submitted (or signed) attestation with its context.
///
/// It holds the snapshot as the exact canonical JSON that was (or will be) signed, so the bundle export
/// copies those bytes rather than a re-serialisation; and it can be built from stored rows alone
/// ({@link #fromStored}), so persistence needs no domain objects to offer an export.
public final class ExportInput {
    private final String snapshotJson;
    private final AttestationSnapshot snapshot;
    private final SignatureBlock signature;
    private final AttestationState state;
    private final Instant expiresAt;
    private final String organisation;
    private final ControlCatalog catalog;
    private Checkpoint checkpoint;
    private Affirmant affirmant;

    private ExportInput(String snapshotJson, SignatureBlock signature, AttestationState state, Instant expiresAt,
                        String organisation, ControlCatalog catalog) {
        this.snapshotJson = CanonicalJson.write(CanonicalJson.parse(snapshotJson));
        this.snapshot = AttestationSnapshot.fromJson(this.snapshotJson);
        this.signature = signature;
        this.state = Objects.requireNonNull(state, "state");
        this.expiresAt = expiresAt;
        this.organisation = organisation == null || organisation.isBlank() ? "" : organisation.strip();
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        if (signature == null && (state == AttestationState.SIGNED || state == AttestationState.STALE)) {
            throw new IllegalArgumentException("a " + state + " attestation needs its signature to be exported");
        }
    }

    /// A submitted, returned (or otherwise unsigned) attestation; exports mark it as a draft.
    public static ExportInput unsigned(AttestationSnapshot snapshot, AttestationState state, String organisation,
                                       ControlCatalog catalog) {
        return new ExportInput(snapshot.toJson(), null, state, null, organisation, catalog);
    }

    /// A signed attestation; `state` is SIGNED or STALE, `expiresAt` may be {@code null} when unknown.
    public static ExportInput signed(SignedAttestation signed, AttestationState state, Instant expiresAt,
                                     String organisation, ControlCatalog catalog) {
        return new ExportInput(signed.snapshotJson(), signed.signature(), state, expiresAt, organisation, catalog);
    }

    /// From the model's attestation; it must have been submitted (a never-submitted draft has no snapshot).
    ///
    /// @throws IllegalArgumentException for a draft without snapshot
    public static ExportInput of(Attestation attestation, String organisation, ControlCatalog catalog) {
        if (attestation.snapshot() == null) {
            throw new IllegalArgumentException("Only a submitted attestation can be exported: this draft has no snapshot yet.");
        }
        return attestation.signed() == null
                ? unsigned(attestation.snapshot(), attestation.state(), organisation, catalog)
                : signed(attestation.signed(), attestation.state(), attestation.expiresAt(), organisation, catalog);
    }

    /// From stored columns: the snapshot JSON text and, when signed, the signature block's JSON text
    /// (as {@link SignatureBlock#toJsonTree()} writes it).
    ///
    /// @param signatureJson {@code null} or blank when unsigned
    /// @throws IllegalArgumentException when either text is not readable
    public static ExportInput fromStored(String snapshotJson, String signatureJson, AttestationState state,
                                         Instant expiresAt, String organisation, ControlCatalog catalog) {
        SignatureBlock signature = signatureJson == null || signatureJson.isBlank() ? null
                : SignatureBlock.fromJson(CanonicalJson.parse(signatureJson));
        return new ExportInput(snapshotJson, signature, state, expiresAt, organisation, catalog);
    }

    /// This input carrying `latest`, the register's newest audit checkpoint, which the PDF prints and the bundle
    /// includes so that whoever holds the file can later tell a shortened audit log from the one they saw.
    public ExportInput withCheckpoint(Checkpoint latest) {
        ExportInput copy = copy();
        copy.checkpoint = latest;
        return copy;
    }

    /// This input carrying the manager who affirms it with their unlocked key, for the formats that
    /// {@link AttestationExport#requiresAffirmation()} (the CycloneDX declarations).
    public ExportInput withAffirmant(Affirmant by) {
        ExportInput copy = copy();
        copy.affirmant = by;
        return copy;
    }

    public Optional<Affirmant> affirmant() {
        return Optional.ofNullable(affirmant);
    }

    private ExportInput copy() {
        ExportInput copy = new ExportInput(snapshotJson, signature, state, expiresAt, organisation, catalog);
        copy.checkpoint = checkpoint;
        copy.affirmant = affirmant;
        return copy;
    }

    public Optional<Checkpoint> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    public AttestationSnapshot snapshot() {
        return snapshot;
    }

    /// Canonical JSON of the snapshot exactly as held: the text that was signed.
    public String snapshotJson() {
        return snapshotJson;
    }

    /// SHA-256 of {@link #snapshotJson()} in UTF-8.
    public String snapshotSha256() {
        return Sha256.hex(snapshotJson.getBytes(StandardCharsets.UTF_8));
    }

    public Optional<SignatureBlock> signature() {
        return Optional.ofNullable(signature);
    }

    public boolean isSigned() {
        return signature != null;
    }

    /// The signed attestation rebuilt from the held parts, for verification and the bundle.
    public Optional<SignedAttestation> signedAttestation() {
        return signature().map(s -> SignedAttestation.of(CanonicalJson.parse(snapshotJson), s));
    }

    /// The signature check as of now; empty when unsigned.
    public Optional<VerificationResult> verification() {
        return signedAttestation().map(SignedAttestation::verify);
    }

    public AttestationState state() {
        return state;
    }

    /// "Signed", "Submitted for signature", ...
    public String stateLabel() {
        return state.label().toLowerCase(Locale.ROOT);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /// The organisation's name; empty when none is configured.
    public String organisation() {
        return organisation;
    }

    public ControlCatalog catalog() {
        return catalog;
    }

    /// The classification with its rule trace, recomputed from the frozen answers. The snapshot keeps only
    /// the outcome; re-running the same pure engine on the same answers gives the trace that produced it,
    /// but only with the questionnaire version they were given to, so otherwise this is empty.
    public Optional<Classification> reasoning() {
        Questionnaire questionnaire = Questionnaire.builtIn();
        if (!questionnaire.version().equals(snapshot.questionnaireVersion())) {
            return Optional.empty();
        }
        Classification again = ClassificationEngine.classify(questionnaire, snapshot.answers());
        boolean same = again.verdict() == snapshot.verdict() && again.autonomyLevel() == snapshot.autonomy()
                && again.riskTier() == snapshot.riskTier();
        return same ? Optional.of(again) : Optional.empty();
    }

    /// Every evidence file of every control, in control order.
    public List<EvidenceLine> evidence() {
        return EvidenceLine.of(snapshot.controls());
    }

    public List<AttestedControl> controls() {
        return snapshot.controls();
    }

    /// `attestation-<integration>-<as-of date>`, safe as a file name on every platform.
    public String fileStem() {
        String name = snapshot.integration().name().toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
        return "attestation-" + (name.isEmpty() ? "integration-" + snapshot.integrationId() : name) + "-"
                + snapshot.asOf().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
