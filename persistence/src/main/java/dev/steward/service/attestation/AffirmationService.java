package dev.steward.service.attestation;

import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.access.Actor;
import dev.steward.storage.AttestationRepository;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.UserRepository;
import dev.steward.storage.jooq.tables.records.AttestationRecord;
import org.jooq.DSLContext;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/// Unlocks a manager's signing key so that an export can carry their affirmation of a signed attestation (the
/// CycloneDX declarations' affirmation, signed with JSF). The export is written by the caller; unlocking is
/// audited here, so the log shows who affirmed which attestation with which key and when.
///
/// The rules are those of signing: a manager with a signing key, never the reviewer who submitted it, and only
/// an attestation that is signed and still current (neither stale nor expired: the register says those no longer hold).
/// Methods block on the database: call them off the UI thread.
public final class AffirmationService {
    static final String AFFIRM = "AFFIRM";

    private final Database db;
    private final Actor actor;
    private final Clock clock;
    private final PrivateKeyEncryption keyEncryption;

    public AffirmationService(Database db, Actor actor, Clock clock, PrivateKeyEncryption keyEncryption) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
        this.keyEncryption = keyEncryption;
    }

    /// The signed-in manager's key, unlocked by `passphrase`, to affirm attestation `attestationId` in `what`
    /// (e.g. "a CycloneDX export"), which the audit event names.
    ///
    /// @throws dev.steward.model.access.AccessDenied               when the user may not sign, or submitted it
    /// @throws RecordNotFoundException                            when there is no such attestation
    /// @throws IllegalTransitionException                         when it is not signed, or is stale or expired
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open the key
    /// @throws ValidationException                                when the manager has no signing key yet
    public Affirmant unlock(long attestationId, char[] passphrase, String what) {
        return db.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            User user = actor.account(tx, Permission.SIGN_ATTESTATIONS);
            AttestationRecord row = new AttestationRepository(tx).find(attestationId)
                    .orElseThrow(() -> new RecordNotFoundException(AttestationRepository.ENTITY, attestationId));
            Attestation attestation = AttestationRepository.toStored(row, integrationId -> List.of()).attestation();
            Instant now = DbTime.now(clock);
            if (!attestation.isCurrent(now)) {
                String why = attestation.state() == AttestationState.SIGNED ? "expired on " + attestation.expiresAt()
                        : attestation.state().label().toLowerCase(java.util.Locale.ROOT);
                throw new IllegalTransitionException("Attestation " + attestationId + " is " + why
                        + ": only a signed, current attestation can be affirmed.");
            }
            AccessPolicy.standard().requireMaySign(user, attestation.snapshot().submittedBy());
            UserRepository.Row signer = new UserRepository(tx).find(user.username()).orElseThrow();
            if (!signer.hasSigningKey()) {
                throw new ValidationException(List.of(new ValidationProblem("signingKey",
                        "Create your signing key before affirming an export: the affirmation is signed with it.")));
            }
            KeyPair keys = new KeyPair(SigningKeys.decodePublicKey(signer.publicKey()),
                    keyEncryption.decrypt(signer.encryptedPrivateKey(), passphrase));
            Instant at = now;
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, user.username(), AuditLog.ATTESTATION, attestationId,
                    AFFIRM, "affirmation", null, "affirmed in " + what + " with key " + signer.fingerprint())));
            return Affirmant.of(signer.user(), at, keys);
        });
    }
}
