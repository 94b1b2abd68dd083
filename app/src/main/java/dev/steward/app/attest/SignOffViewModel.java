package dev.steward.app.attest;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportCancelledException;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.app.export.formats.Exports;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.AttestationRules;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.StoredAttestation;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.StoredAttestation;
import dev.steward.model.controls.ControlCatalog;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// The attestation side of the window: where the newest attestation stands, what still blocks submission,
/// and the submit / return / verify / export commands, each offered only to a user who may use it.
public final class SignOffViewModel {
    private static final EnumSet<AttestationState> OPEN = EnumSet.of(AttestationState.DRAFT, AttestationState.RETURNED);
    private final AttestContext context;
    private final ReadOnlyBooleanWrapper busy;
    private final Runnable reload;
    private final Consumer<Callable<?>> change;
    private final ReadOnlyObjectWrapper<User> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StoredAttestation> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper(Messages.get("attest.state.none"));
    private final ReadOnlyStringWrapper number = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noProblems = new ReadOnlyStringWrapper(Messages.get("attest.problems.none"));
    private final ReadOnlyStringWrapper verification = new ReadOnlyStringWrapper("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<StoredAttestation> history = FXCollections.observableArrayList();
    private final ProgressTracker progress;
    private final BooleanBinding canSubmit;
    private final BooleanBinding canSign;
    private final BooleanBinding canReturn;
    private final BooleanBinding canVerify;
    private final BooleanBinding canExport;

    /// @param change runs a service call in the background, then reloads (or shows why it was refused)
    SignOffViewModel(AttestContext context, ReadOnlyBooleanWrapper busy, Runnable reload, Consumer<Callable<?>> change) {
        this.context = context;
        this.busy = busy;
        this.reload = reload;
        this.change = change;
        this.progress = new ProgressTracker(context.executor());
        BooleanBinding idle = busy.not().and(progress.runningProperty().not());
        canSubmit = Bindings.createBooleanBinding(() -> problems.isEmpty() && allows(Permission.SUBMIT_ATTESTATIONS)
                && (state() == null || OPEN.contains(state())), problems, user, current).and(idle);
        canSign = stateIs(AttestationState.SUBMITTED, Permission.SIGN_ATTESTATIONS).and(idle);
        canReturn = stateIs(AttestationState.SUBMITTED, Permission.RETURN_ATTESTATIONS).and(idle);
        canVerify = Bindings.createBooleanBinding(() -> current.get() != null && current.get().attestation().signed() != null
                && allows(Permission.VERIFY_SIGNATURES), user, current).and(idle);
        canExport = Bindings.createBooleanBinding(() -> current.get() != null && current.get().attestation().snapshot() != null
                && allows(Permission.EXPORT_EVIDENCE), user, current).and(idle);
    }

    // ---- state -------------------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<User> userProperty() {
        return user.getReadOnlyProperty();
    }

    /// The newest attestation; {@code null} before the first draft.
    public ReadOnlyObjectProperty<StoredAttestation> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /// "Signed — expires 2027-05-01", "Submitted for signature", ...
    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    /// "Attestation 12", the number `steward export --attestation` takes; empty while there is none.
    public ReadOnlyStringProperty numberProperty() {
        return number.getReadOnlyProperty();
    }

    /// What the list of problems says when it is empty: nothing blocks submission, or (once submitted or
    /// signed) that there is nothing to submit.
    public ReadOnlyStringProperty noProblemsTextProperty() {
        return noProblems.getReadOnlyProperty();
    }

    /// The outcome of the last Verify, in words.
    public ReadOnlyStringProperty verificationProperty() {
        return verification.getReadOnlyProperty();
    }

    /// What still blocks submission; empty once it may be submitted (or while nothing is open).
    public ObservableList<String> problems() {
        return problems;
    }

    public ObservableList<StoredAttestation> history() {
        return history;
    }

    public ProgressTracker progress() {
        return progress;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public BooleanBinding canSignProperty() {
        return canSign;
    }

    public BooleanBinding canReturnProperty() {
        return canReturn;
    }

    public BooleanBinding canVerifyProperty() {
        return canVerify;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }

    AttestationState state() {
        return current.get() == null ? null : current.get().attestation().state();
    }

    boolean allows(Permission permission) {
        return user.get() != null && AccessPolicy.standard().allows(user.get(), permission);
    }

    /// The sign dialog's model for the current submission, as the signed-in user.
    public Optional<SignViewModel> signing() {
        return Optional.ofNullable(current.get()).filter(c -> user.get() != null)
                .map(c -> new SignViewModel(context, c, user.get(), signed -> reload.run()));
    }

    /// The formats the current attestation can be exported to (the signed bundle only once signed; the CycloneDX
    /// attestation only to a manager who may affirm it, as they would sign it).
    public List<AttestationExport> exports() {
        return exportInput().map(Exports::availableFor).orElse(List.of()).stream()
                .filter(format -> !format.requiresAffirmation() || mayAffirm()).toList();
    }

    private boolean mayAffirm() {
        StoredAttestation c = current.get();
        return context.affirmations() != null && c != null && c.attestation().isCurrent(context.clock().instant())
                && user.get() != null && AccessPolicy.standard().maySign(user.get(), c.attestation().snapshot().submittedBy());
    }

    public dev.steward.app.concurrent.UiExecutor executor() {
        return context.executor();
    }

    /// The work behind the passphrase dialog of an affirmed export: unlocks the signed-in manager's key for the
    /// current attestation (audited by the service) and wipes the passphrase after.
    public Callable<Affirmant> unlockForAffirmation(char[] passphrase) {
        long id = current.get().id();
        var affirmations = context.affirmations();
        return () -> {
            try {
                return affirmations.unlock(id, passphrase, "a CycloneDX attestation export");
            } finally {
                java.util.Arrays.fill(passphrase, '\0');
            }
        };
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /// Opens a draft if none is open, then submits it: the service freezes the snapshot.
    public void submit() {
        if (canSubmit.get()) {
            long id = context.integration().id();
            AttestationService attestations = context.service();
            change.accept(() -> {
                attestations.startDraft(id);
                return attestations.submit(id);
            });
        }
    }

    /// Sends the submission back with a comment saying what to fix.
    public void returnToReviewer(String comment) {
        if (canReturn.get() && comment != null && !comment.isBlank()) {
            long id = current.get().id();
            AttestationService attestations = context.service();
            String why = comment.strip();
            change.accept(() -> attestations.returnToReviewer(id, why));
        }
    }

    public void verify() {
        if (!canVerify.get()) {
            return;
        }
        long id = current.get().id();
        AttestationService attestations = context.service();
        busy.set(true);
        Tasks.run(() -> attestations.verify(id))
                .onSuccess(result -> verification.set(result.valid() ? Messages.get("attest.verify.valid")
                        : Messages.format("attest.verify.invalid", result.describe())))
                .onFailure(e -> Failures.show(context.dialogs(), e))
                .andFinally(() -> busy.set(false))
                .on(context.executor());
    }

    /// Asks where to save, then writes the export in the background with progress and Cancel.
    public void export(AttestationExport format) {
        export(format, null);
    }

    /// As {@link #export(AttestationExport)}, carrying `affirmant`'s affirmation (from {@link #unlockForAffirmation});
    /// {@code null} for the formats that need none.
    public void export(AttestationExport format, Affirmant affirmant) {
        Optional<ExportInput> input = exportInput();
        if (!canExport.get() || input.isEmpty() || (format.requiresAffirmation() && affirmant == null)) {
            return;
        }
        FileKind kind = new FileKind(Messages.get("attest.export.format." + format.id()), List.of("*." + format.fileExtension()));
        context.dialogs().chooseFileToSave(Messages.get("attest.export.title"), format.suggestedFileName(input.get()),
                List.of(kind)).ifPresent(target -> {
            ProgressMonitor monitor = progress.start(Messages.format("attest.export.running", kind.description()));
            ExportProgress exportProgress = new ExportProgress() {
                @Override
                public void worked(long done, long total) {
                    monitor.progress(done, total);
                }

                @Override
                public boolean isCancelled() {
                    return monitor.isCancelled();
                }
            };
            var attestation = current.get().attestation();
            RegisterService register = context.register();
            AttestationService attestations = context.service();
            ControlCatalog catalog = context.catalog();
            Tasks.longJob(() -> {
                        // the organisation name and newest checkpoint are read here, off the UI thread, as the report is written
                        ExportInput plain = ExportInput.of(attestation, register.organisationName(), catalog);
                        ExportInput named = attestations.latestCheckpoint().map(plain::withCheckpoint).orElse(plain);
                        Exports.toFile(format, affirmant == null ? named : named.withAffirmant(affirmant),
                                target.path(), exportProgress);
                        return target.path();
                    })
                    .onSuccess(path -> context.dialogs().showInfo(Messages.get("attest.export.title"),
                            Messages.format("attest.export.done", path)))
                    .onFailure(e -> {
                        if (e instanceof ExportCancelledException) {
                            context.dialogs().showInfo(Messages.get("attest.export.title"), Messages.get("attest.export.cancelled"));
                        } else {
                            Failures.show(context.dialogs(), e);
                        }
                    })
                    .andFinally(progress::finish)
                    .onCancel(progress::cancel)
                    .on(context.executor());
        });
    }

    // ---- updates -----------------------------------------------------------------------------------------------

    /// Nobody is signed in any more: nothing may be done here until someone signs in again.
    void signedOut() {
        user.set(null);
    }

    /// Called after every reload with what is stored now.
    void update(List<StoredAttestation> all, Integration integration, List<ControlRow> rows) {
        user.set(currentUser().orElse(null));
        history.setAll(all);
        current.set(all.isEmpty() ? null : all.getFirst());
        verification.set("");
        stateText.set(AttestationText.state(current.get(), context.clock().instant()));
        number.set(current.get() == null ? "" : Messages.format("attest.number", current.get().id()));
        boolean open = state() == null || OPEN.contains(state());
        noProblems.set(open ? Messages.get("attest.problems.none")
                : Messages.format("attest.problems.closed", Messages.label(state())));
        if (open) {
            problems.setAll(rows.isEmpty() ? List.of(Messages.get("attest.problem.unclassified"))
                    : AttestationRules.submissionProblems(integration, rows.stream().map(r -> r.assessed().applicable()).toList(),
                    rows.stream().map(ControlRow::assessment).toList()).stream().map(ValidationProblem::message).toList());
        } else {
            problems.clear();
        }
    }

    private BooleanBinding stateIs(AttestationState wanted, Permission permission) {
        return Bindings.createBooleanBinding(() -> state() == wanted && allows(permission), user, current);
    }

    private Optional<ExportInput> exportInput() {
        StoredAttestation c = current.get();
        return c == null || c.attestation().snapshot() == null ? Optional.empty()
                : Optional.of(ExportInput.of(c.attestation(), "", context.catalog()));
    }

    private Optional<User> currentUser() {
        try {
            return Optional.of(context.user().get());
        } catch (IllegalStateException nobodySignedIn) {
            return Optional.empty();
        }
    }
}
