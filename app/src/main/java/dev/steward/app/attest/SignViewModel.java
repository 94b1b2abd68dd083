package dev.steward.app.attest;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationRules;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.StoredAttestation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/// The sign dialog: what is being signed (the frozen snapshot's summary and hash), why this user may not sign
/// it (separation of duties, wrong state, missing role) and the passphrase that unlocks the signing key.
/// A wrong passphrase leaves the dialog open with a message, so the manager can simply try again.
public final class SignViewModel {
    public final StringProperty passphrase = new SimpleStringProperty("");
    private final AttestContext context;
    private final StoredAttestation attestation;
    private final Consumer<StoredAttestation> onSigned;
    private final List<String> blockers;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StoredAttestation> signed = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSign;

    SignViewModel(AttestContext context, StoredAttestation attestation, User signer, Consumer<StoredAttestation> onSigned) {
        this.context = context;
        this.attestation = attestation;
        this.onSigned = onSigned;
        this.blockers = AttestationRules.signingProblems(attestation.attestation(), signer).stream()
                .map(ValidationProblem::message).toList();
        canSign = passphrase.isNotEmpty().and(Bindings.createBooleanBinding(blockers::isEmpty)).and(busy.not());
    }

    /// As-of, control counts by status and the snapshot's SHA-256: enough to know which submission this is.
    public String summary() {
        AttestationSnapshot snapshot = attestation.attestation().snapshot();
        List<AttestedControl> controls = snapshot.controls();
        String counts = Arrays.stream(AssessmentStatus.values())
                .map(s -> Messages.label(s) + ": " + controls.stream().filter(c -> c.assessment().status() == s).count())
                .collect(Collectors.joining(", "));
        return Messages.format("attest.sign.summary", snapshot.integration().name(), AttestationText.instant(snapshot.asOf()),
                snapshot.submittedBy(), controls.size(), counts, snapshot.sha256());
    }

    /// Why Sign is disabled whatever passphrase is typed; empty when this user may sign.
    public String blockedReason() {
        return String.join("\n", blockers);
    }

    /// The one binding behind Sign: a passphrase, nothing blocking, not already signing.
    public BooleanBinding canSignProperty() {
        return canSign;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /// Set once signed; the dialog closes on it.
    public ReadOnlyObjectProperty<StoredAttestation> signedProperty() {
        return signed.getReadOnlyProperty();
    }

    public void sign() {
        if (!canSign.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        var attestations = context.service();
        long id = attestation.id();
        busy.set(true);
        error.set("");
        Tasks.run(() -> {
                    try {
                        return attestations.sign(id, secret);
                    } finally {
                        Arrays.fill(secret, '\0');
                    }
                })
                .onSuccess(result -> {
                    passphrase.set("");
                    signed.set(result);
                    onSigned.accept(result);
                })
                .onFailure(e -> error.set(e instanceof WrongPassphraseException ? Messages.get("attest.sign.wrongPassphrase")
                        : Failures.describe(e)))
                .andFinally(() -> busy.set(false))
                .on(context.executor());
    }
}
