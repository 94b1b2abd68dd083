package dev.steward.service.attestation;

import dev.steward.service.access.Actor;

import dev.steward.service.access.WriteChecks;
import dev.steward.storage.AuditCheckpoints;
import dev.steward.storage.AssessmentRepository;
import dev.steward.storage.AttestationRepository;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.StoredClassification;
import dev.steward.storage.StoredEvidence;
import dev.steward.storage.UserRepository;

import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.AttestationRules;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.attestation.VerificationResult;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.controls.ApplicableControl;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.Sha256;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.FreeText;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.jooq.tables.records.AttestationRecord;
import dev.steward.storage.jooq.tables.records.EvidenceRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/// Control assessments, evidence and the attestation workflow of one register: draft, submit, return, sign,
/// verify, and staleness after material changes.
///
/// Every call checks the acting user's permission against their stored account first, then does all its work
/// in one transaction with its audit events; a refused call writes nothing. Transitions go through the model's
/// {@link Attestation}, which checks them again. Separation of duties is enforced here: whoever submitted an
/// attestation can never sign it, whatever roles they hold. Rows carry versions, so two people acting on the
/// same attestation or assessment at once get a {@link StaleRecordException} instead of overwriting each other.
///
/// Methods block on the database: call them off the UI thread.
public final class AttestationService {
    private static final Logger LOG = LoggerFactory.getLogger(AttestationService.class);
    /// Large enough for a PDF report or a screenshot set, small enough to keep the register file portable.
    public static final long DEFAULT_MAX_EVIDENCE_BYTES = 25L * 1024 * 1024;
    /// Most characters of a justification, assessment notes, an evidence note or a return comment. Like every
    /// free text they are checked here, whichever window or command sends them: a pasted key would otherwise
    /// be stored and frozen into the signed snapshot.
    public static final int MAX_NOTE_LENGTH = 4000;
    /// The evidence columns' sizes (V3): file name 500, media type 200.
    static final int MAX_FILE_NAME_LENGTH = 500;
    static final int MAX_MEDIA_TYPE_LENGTH = 200;

    private static final Set<AttestationState> OPEN = EnumSet.of(AttestationState.DRAFT, AttestationState.RETURNED);

    private final Database db;
    private final Actor actor;
    private final Clock clock;
    private final ControlCatalog catalog;
    private final PrivateKeyEncryption keyEncryption = new PrivateKeyEncryption();
    private final EvidenceReader evidenceReader;

    /// @param actor   who acts: the signed-in account, checked against its stored roles on every call
    /// @param catalog decides which controls apply, usually {@link ControlCatalog#builtIn()}
    public AttestationService(Database db, Actor actor, Clock clock, ControlCatalog catalog) {
        this(db, actor, clock, catalog, DEFAULT_MAX_EVIDENCE_BYTES);
    }

    /// As above with another evidence size limit.
    public AttestationService(Database db, Actor actor, Clock clock, ControlCatalog catalog,
                              long maxEvidenceBytes) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
        this.catalog = catalog;
        this.evidenceReader = new EvidenceReader(maxEvidenceBytes);
    }

    /// The controls that apply to the integration by its latest classification, each with its current
    /// assessment; empty while it was never classified.
    public List<AssessedControl> assessments(long integrationId) {
        return read(Permission.VIEW_ATTESTATIONS, tx -> {
            List<ApplicableControl> applicable = applicable(tx, integrationId);
            Map<ControlId, AssessmentRepository.Row> stored = new AssessmentRepository(tx).forIntegration(integrationId);
            return applicable.stream().map(a -> {
                AssessmentRepository.Row row = stored.get(a.control().id());
                return row == null ? new AssessedControl(a, ControlAssessment.unassessed(a.control().id()), 0, null, null)
                        : new AssessedControl(a, row.assessment(), row.version(), row.assessedBy(), row.assessedAt());
            }).toList();
        });
    }

    /// Saves the reviewer's assessment of one control. Editing while an attestation is returned turns it back
    /// into a draft; while one awaits signature, assessments are locked.
    ///
    /// @param expectedVersion the version read from {@link #assessments}; 0 for a first assessment
    /// @return the new version
    public long saveAssessment(long integrationId, ControlId control, AssessmentStatus status, String justification,
                               String notes, long expectedVersion) {
        FreeText.check().text("justification", "The justification", justification, MAX_NOTE_LENGTH)
                .text("notes", "The notes", notes, MAX_NOTE_LENGTH).requireValid();
        return write(Permission.ASSESS_CONTROLS, (tx, user) -> {
            requireIntegration(tx, integrationId);
            Optional<AttestationRecord> open = requireAssessmentsEditable(tx, integrationId);
            Instant at = now();
            ControlAssessment a = new ControlAssessment(control, status, justification, notes, List.of());
            long version = new AssessmentRepository(tx).save(integrationId, a, expectedVersion, at, user.username());
            open.filter(r -> r.getState().equals(AttestationState.RETURNED.name())).ifPresent(r ->
                    new AttestationRepository(tx).update(r, v -> v.setState(AttestationState.DRAFT.name())));
            audit(tx, at, user, AuditLog.ASSESSMENT, integrationId, AuditLog.UPDATE, control.code(), null,
                    (status == null ? "unassessed" : status.name()) + (a.justification().isBlank() ? "" : ": " + a.justification()));
            return version;
        });
    }

    /// Stores a file as evidence for one control, hashing it while it is read.
    ///
    /// @param fileName      the name to show; the path's own name is not used, so a temp copy keeps its real name
    /// @param effectiveDate the date the evidence speaks for, which may be long before the upload
    /// @throws ValidationException when the file is empty, unreadable or over the size limit
    public StoredEvidence attachEvidence(long integrationId, ControlId control, Path file, String fileName,
                                         String mediaType, LocalDate effectiveDate, String note) {
        return attach(integrationId, control, () -> evidenceReader.read(file), fileName, mediaType, effectiveDate, note);
    }

    /// As {@link #attachEvidence(long, ControlId, Path, String, String, LocalDate, String)} for content in memory.
    public StoredEvidence attachEvidence(long integrationId, ControlId control, byte[] content, String fileName,
                                         String mediaType, LocalDate effectiveDate, String note) {
        return attach(integrationId, control, () -> evidenceReader.read(content, fileName), fileName, mediaType,
                effectiveDate, note);
    }

    private StoredEvidence attach(long integrationId, ControlId control, Supplier<EvidenceReader.Content> source,
                                  String fileName, String mediaType, LocalDate effectiveDate, String note) {
        FreeText.check().text("fileName", "The evidence file name", fileName, MAX_FILE_NAME_LENGTH)
                .text("mediaType", "The evidence media type", mediaType, MAX_MEDIA_TYPE_LENGTH)
                .text("note", "The evidence note", note, MAX_NOTE_LENGTH).requireValid();
        return write(Permission.ASSESS_CONTROLS, (tx, user) -> {
            requireIntegration(tx, integrationId);
            requireAssessmentsEditable(tx, integrationId);
            EvidenceReader.Content content = source.get();
            EvidenceRef ref = new EvidenceRef(fileName, mediaType, content.bytes().length, content.sha256(),
                    effectiveDate, now(), user.username());
            StoredEvidence saved = new AssessmentRepository(tx).insertEvidence(integrationId, control, ref,
                    content.bytes(), note);
            audit(tx, ref.uploadedAt(), user, AuditLog.EVIDENCE, saved.id(), AuditLog.CREATE, control.code(), null,
                    fileName + " (" + ref.sizeBytes() + " bytes, sha256 " + ref.sha256() + ")");
            return saved;
        });
    }

    /// Evidence of one integration in upload order, without content.
    public List<StoredEvidence> evidence(long integrationId) {
        return read(Permission.VIEW_ATTESTATIONS, tx -> new AssessmentRepository(tx).evidence(integrationId));
    }

    /// The stored file, after checking it still has the hash recorded at upload.
    ///
    /// @throws EvidenceIntegrityException when the content was altered in the database
    public byte[] evidenceContent(long evidenceId) {
        return read(Permission.VIEW_ATTESTATIONS, tx -> {
            EvidenceRecord r = new AssessmentRepository(tx).evidenceWithContent(evidenceId)
                    .orElseThrow(() -> new RecordNotFoundException("Evidence", evidenceId));
            String actual = Sha256.hex(r.getContent());
            if (!actual.equals(r.getSha256())) {
                throw new EvidenceIntegrityException(evidenceId, r.getFileName(), r.getSha256(), actual);
            }
            return r.getContent();
        });
    }

    /// The newest attestation of the integration, whatever its state.
    public Optional<StoredAttestation> currentAttestation(long integrationId) {
        return read(Permission.VIEW_ATTESTATIONS, tx -> new AttestationRepository(tx).forIntegration(integrationId)
                .stream().findFirst().map(r -> toStored(tx, r)));
    }

    /// Every attestation of the integration, newest first.
    public List<StoredAttestation> history(long integrationId) {
        return read(Permission.VIEW_ATTESTATIONS, tx -> new AttestationRepository(tx).forIntegration(integrationId)
                .stream().map(r -> toStored(tx, r)).toList());
    }

    /// The register's newest signed audit checkpoint, which PDF reports and bundles carry.
    public java.util.Optional<dev.steward.model.ledger.Checkpoint> latestCheckpoint() {
        return new AuditCheckpoints(db.dsl()).latest();
    }

    /// One attestation by id, for an export (PDF report, signed bundle, OSCAL). Needs
    /// {@link Permission#EXPORT_EVIDENCE}, which auditors hold too: handing evidence to an outside auditor is
    /// a read, but a deliberate one that administrators, who only manage accounts, are not given.
    ///
    /// @throws RecordNotFoundException when there is no attestation with that id
    public StoredAttestation forExport(long attestationId) {
        return read(Permission.EXPORT_EVIDENCE, tx -> toStored(tx, requireAttestation(tx, attestationId)));
    }

    /// Opens a draft, or returns the one already open (DRAFT or RETURNED).
    ///
    /// @throws IllegalTransitionException while an attestation awaits signature
    public StoredAttestation startDraft(long integrationId) {
        return write(Permission.SUBMIT_ATTESTATIONS, (tx, user) -> {
            requireIntegration(tx, integrationId);
            AttestationRepository attestations = new AttestationRepository(tx);
            Optional<AttestationRecord> newest = attestations.forIntegration(integrationId).stream().findFirst();
            if (newest.isPresent() && OPEN.contains(AttestationState.valueOf(newest.get().getState()))) {
                return toStored(tx, newest.get());
            }
            if (newest.isPresent() && newest.get().getState().equals(AttestationState.SUBMITTED.name())) {
                throw new IllegalTransitionException("Attestation " + newest.get().getId()
                        + " awaits signature: a manager must sign or return it before a new draft can start.");
            }
            Instant at = now();
            long id = attestations.insertDraft(integrationId, at, user.username());
            audit(tx, at, user, AuditLog.ATTESTATION, id, AuditLog.CREATE, "state", null, AttestationState.DRAFT.name());
            return toStored(tx, attestations.find(id).orElseThrow());
        });
    }

    /// Freezes the integration, its owners' names, the latest classification and every applicable control's
    /// assessment into a snapshot, and submits the open draft for signature.
    ///
    /// @throws ValidationException        with {@link AttestationRules}' problems (or a missing classification)
    /// @throws IllegalTransitionException when no draft is open
    public StoredAttestation submit(long integrationId) {
        return write(Permission.SUBMIT_ATTESTATIONS, (tx, user) -> {
            Integration integration = requireIntegration(tx, integrationId);
            new IntegrationRepository(tx).lockRow(integrationId);
            AttestationRecord row = openAttestation(tx, integrationId).orElseThrow(() -> new IllegalTransitionException(
                    "There is no draft attestation to submit for integration " + integrationId + ": start one first."));
            StoredClassification stored = new ClassificationRepository(tx).latest(integrationId)
                    .orElseThrow(() -> new ValidationException(List.of(new ValidationProblem("classification",
                            "Classify the integration before submitting its attestation."))));
            Classification classification = asClassification(stored);
            Attestation draft = toStored(tx, row).attestation();
            Instant at = now();
            AttestationSnapshot snapshot = AttestationSnapshot.capture(integration,
                    new PersonRepository(tx).nameLookup(), stored.answers(), classification,
                    catalog.applicableTo(classification), draft.assessments(), user.username(), at);
            WriteChecks.requireValid(AttestationRules.submissionProblems(snapshot));
            Attestation submitted = draft.submit(user, snapshot);
            String json = snapshot.toJson();
            new AttestationRepository(tx).update(row, r -> {
                r.setState(AttestationState.SUBMITTED.name());
                r.setSubmissionNumber(submitted.submissionNumber());
                r.setSubmittedBy(user.username());
                r.setSubmittedAt(DbTime.toColumn(at));
                r.setSnapshot(json);
                r.setSnapshotSha256(Sha256.hex(json.getBytes(StandardCharsets.UTF_8)));
            });
            audit(tx, at, user, AuditLog.ATTESTATION, row.getId(), AuditLog.SUBMIT, "state", row.getState(),
                    AttestationState.SUBMITTED.name() + " #" + submitted.submissionNumber() + ", snapshot sha256 "
                            + snapshot.sha256());
            return reload(tx, row.getId());
        });
    }

    /// Sends a submitted attestation back to the reviewer with a comment saying what to fix.
    public StoredAttestation returnToReviewer(long attestationId, String comment) {
        FreeText.check().text("comment", "The return comment", comment, MAX_NOTE_LENGTH).requireValid();
        return write(Permission.RETURN_ATTESTATIONS, (tx, user) -> {
            AttestationRecord row = requireAttestation(tx, attestationId);
            Attestation returned = toStored(tx, row).attestation().returnToReviewer(user, comment, now());
            Attestation.ReturnNote note = returned.returnNote();
            new AttestationRepository(tx).update(row, r -> {
                r.setState(AttestationState.RETURNED.name());
                r.setReturnComment(note.comment());
                r.setReturnedBy(note.returnedBy());
                r.setReturnedAt(DbTime.toColumn(note.returnedAt()));
            });
            audit(tx, note.returnedAt(), user, AuditLog.ATTESTATION, attestationId, AuditLog.RETURN, "state",
                    row.getState(), AttestationState.RETURNED.name() + ": " + note.comment());
            return reload(tx, attestationId);
        });
    }

    /// Signs a submitted attestation with the acting manager's key, unlocked by `passphrase`. The signer's name
    /// and title are frozen into the signature; the expiry follows from the snapshot's risk tier.
    ///
    /// @throws dev.steward.model.access.AccessDenied when the user may not sign, or submitted it
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open the key
    /// @throws ValidationException when the manager has no signing key yet
    public StoredAttestation sign(long attestationId, char[] passphrase) {
        return write(Permission.SIGN_ATTESTATIONS, (tx, user) -> {
            AttestationRecord row = requireAttestation(tx, attestationId);
            Attestation submitted = toStored(tx, row).attestation();
            if (submitted.snapshot() != null) {
                // Before the passphrase is touched: the submitter never gets as far as unlocking a key.
                AccessPolicy.standard().requireMaySign(user, submitted.snapshot().submittedBy());
            }
            if (row.getSnapshot() != null && !Sha256.hex(row.getSnapshot().getBytes(StandardCharsets.UTF_8))
                    .equals(row.getSnapshotSha256())) {
                throw new IllegalTransitionException("Attestation " + attestationId + " cannot be signed: its snapshot"
                        + " was altered after submission. Return it so the reviewer submits again.");
            }
            UserRepository.Row signer = new UserRepository(tx).find(user.username()).orElseThrow();
            if (!signer.hasSigningKey()) {
                throw new ValidationException(List.of(new ValidationProblem("signingKey",
                        "Create your signing key before signing attestations.")));
            }
            KeyPair keys = new KeyPair(SigningKeys.decodePublicKey(signer.publicKey()),
                    keyEncryption.decrypt(signer.encryptedPrivateKey(), passphrase));
            Instant at = now();
            Attestation signed = submitted.sign(user, keys, Clock.fixed(at, ZoneOffset.UTC));
            String signatureJson = CanonicalJson.write(signed.signed().signature().toJsonTree());
            new AttestationRepository(tx).update(row, r -> {
                r.setState(AttestationState.SIGNED.name());
                r.setSignature(signatureJson);
                r.setSignedBy(user.username());
                r.setSignedAt(DbTime.toColumn(at));
                r.setSignerName(user.displayName());
                r.setSignerTitle(user.title());
                r.setExpiresAt(DbTime.toColumn(signed.expiresAt()));
            });
            audit(tx, at, user, AuditLog.ATTESTATION, attestationId, AuditLog.SIGN, "state", row.getState(),
                    AttestationState.SIGNED.name() + " with key " + signer.fingerprint() + ", expires "
                            + signed.expiresAt());
            // The sign-off's own event included: deleting it, or anything before it, is detectable from here on.
            new AuditCheckpoints(tx).record(signer.user(), keys, at, AuditCheckpoints.SIGN_OFF);
            LOG.info("{} signed attestation {} of integration {}", user.username(), attestationId, row.getIntegrationId());
            return reload(tx, attestationId);
        });
    }

    /// Verifies the stored signature against the stored snapshot text and a key registered to the signer.
    public VerificationResult verify(long attestationId) {
        return read(Permission.VERIFY_SIGNATURES, tx -> {
            AttestationRecord row = requireAttestation(tx, attestationId);
            if (row.getSignature() == null) {
                throw new ValidationException(List.of(new ValidationProblem("state",
                        "Attestation " + attestationId + " is not signed, so there is nothing to verify.")));
            }
            return new AttestationVerifier(new UserRepository(tx)).verify(row.getSnapshot(), row.getSignature());
        });
    }

    /// Marks the integration's signed attestation stale because of `changes`; see {@link AttestationStaleness}.
    ///
    /// @return how many attestations went stale
    public int markStaleOnMaterialChange(long integrationId, List<MaterialChange> changes) {
        return write(Permission.EDIT_INTEGRATIONS, (tx, user) ->
                new AttestationStaleness(tx).markStale(integrationId, changes, now(), user.username()));
    }

    /// The stored classification as the model's value, for applicability and the snapshot. Everything those
    /// read (version, verdict, autonomy, tier, required controls, trace) is stored, so nothing is recomputed
    /// with today's rules; the answer-derived parts used only to compare classifications are left empty.
    static Classification asClassification(StoredClassification s) {
        return new Classification(s.questionnaireVersion(), s.verdict(), s.autonomyLevel(), s.riskTier(),
                s.requiredControls(), s.trace(), List.of(), List.of(), null, Set.of());
    }

    private List<ApplicableControl> applicable(DSLContext tx, long integrationId) {
        return new ClassificationRepository(tx).latest(integrationId)
                .map(s -> catalog.applicableTo(asClassification(s))).orElse(List.of());
    }

    private Optional<AttestationRecord> requireAssessmentsEditable(DSLContext tx, long integrationId) {
        Optional<AttestationRecord> newest = new AttestationRepository(tx).forIntegration(integrationId).stream().findFirst();
        if (newest.isPresent() && newest.get().getState().equals(AttestationState.SUBMITTED.name())) {
            throw new IllegalTransitionException("Assessments are locked while attestation " + newest.get().getId()
                    + " awaits signature: ask a manager to return it first.");
        }
        return newest.filter(r -> OPEN.contains(AttestationState.valueOf(r.getState())));
    }

    private Optional<AttestationRecord> openAttestation(DSLContext tx, long integrationId) {
        return new AttestationRepository(tx).forIntegration(integrationId).stream().findFirst()
                .filter(r -> OPEN.contains(AttestationState.valueOf(r.getState())));
    }

    private static Integration requireIntegration(DSLContext tx, long integrationId) {
        return new IntegrationRepository(tx).find(integrationId)
                .orElseThrow(() -> new RecordNotFoundException(IntegrationRepository.ENTITY, integrationId));
    }

    private static AttestationRecord requireAttestation(DSLContext tx, long id) {
        return new AttestationRepository(tx).find(id)
                .orElseThrow(() -> new RecordNotFoundException(AttestationRepository.ENTITY, id));
    }

    private StoredAttestation reload(DSLContext tx, long id) {
        return toStored(tx, requireAttestation(tx, id));
    }

    private static StoredAttestation toStored(DSLContext tx, AttestationRecord row) {
        return AttestationRepository.toStored(row, integrationId -> new AssessmentRepository(tx)
                .forIntegration(integrationId).values().stream().map(AssessmentRepository.Row::assessment)
                .sorted((a, b) -> a.control().compareTo(b.control())).toList());
    }

    private static void audit(DSLContext tx, Instant at, User user, String entityType, long entityId, String action,
                              String field, String oldValue, String newValue) {
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, user.username(), entityType, entityId, action, field,
                oldValue, newValue)));
    }

    private Instant now() {
        return DbTime.now(clock);
    }

    private interface Work<T> {
        T apply(DSLContext tx, User user);
    }

    /// Checks the permission against the stored account, then runs `work` in one transaction.
    private <T> T write(Permission permission, Work<T> work) {
        return db.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            User user = actor.account(tx, permission);
            return work.apply(tx, user);
        });
    }

    private <T> T read(Permission permission, Function<DSLContext, T> work) {
        return write(permission, (tx, user) -> work.apply(tx));
    }
}
