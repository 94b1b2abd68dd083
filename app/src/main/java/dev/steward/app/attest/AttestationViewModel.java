package dev.steward.app.attest;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.Permission;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AssessedControl;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.StoredEvidence;
import dev.steward.service.attestation.AssessedControl;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.register.RegisterService;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.classification.ControlId;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.StoredEvidence;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/// The "Controls & attestation" window of one integration: the applicable controls with their assessment
/// form and evidence, and (in {@link #signOff()}) the attestation workflow. Every service call runs off the
/// UI thread; after each change everything is read again, so what is shown is what is stored.
public final class AttestationViewModel {
    private final AttestContext context;
    private final AttestationService service;
    private final ObservableList<ControlRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ControlRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<StoredEvidence> evidence = FXCollections.observableArrayList();
    private final AssessmentFormViewModel form = new AssessmentFormViewModel();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final SignOffViewModel signOff;
    private final BooleanBinding editable;
    private final BooleanBinding canSave;
    private final BooleanBinding canAttach;

    public AttestationViewModel(AttestContext context) {
        this.context = context;
        this.service = context.service();
        this.signOff = new SignOffViewModel(context, busy, this::reload, this::run);
        selected.addListener((obs, old, row) -> {
            form.load(row == null ? null : row.assessment());
            evidence.setAll(row == null ? List.of() : row.evidence());
        });
        // assessments are locked while a submission awaits signature (the service says so too)
        editable = Bindings.createBooleanBinding(() -> signOff.allows(Permission.ASSESS_CONTROLS)
                        && signOff.state() != AttestationState.SUBMITTED,
                signOff.userProperty(), signOff.currentProperty());
        canSave = form.validProperty().and(form.changedProperty()).and(editable).and(busy.not());
        canAttach = selected.isNotNull().and(editable).and(busy.not());
        if (context.userChanges() != null) {
            context.userChanges().addListener(userChanged);
        }
    }

    /// Someone signed in: read again as them. Signed out: only what the window offers changes; reading as
    /// nobody would fail ("Nobody is signed in."), and the next sign-in reads again anyway.
    private final javafx.beans.value.ChangeListener<Object> userChanged = (obs, old, now) -> userChanged(now);

    private void userChanged(Object now) {
        if (now == null) {
            signOff.signedOut();
        } else {
            reload();
        }
    }

    /// The window closed: stop following sign-ins, which would otherwise read, and report errors, for a window
    /// nobody sees (and keep it in memory as long as the main window lives).
    public void dispose() {
        if (context.userChanges() != null) {
            context.userChanges().removeListener(userChanged);
        }
    }

    // ---- state -------------------------------------------------------------------------------------------------

    public String title() {
        return Messages.format("attest.window.title", context.integration().name());
    }

    public ObservableList<ControlRow> rows() {
        return rows;
    }

    public ObjectProperty<ControlRow> selectedProperty() {
        return selected;
    }

    public AssessmentFormViewModel form() {
        return form;
    }

    /// The evidence files of the selected control.
    public ObservableList<StoredEvidence> evidence() {
        return evidence;
    }

    public SignOffViewModel signOff() {
        return signOff;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// The one binding behind Save: the form is valid and changed, the user may assess, nothing is running.
    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canAttachProperty() {
        return canAttach;
    }

    public BooleanBinding editableProperty() {
        return editable;
    }

    // ---- commands ----------------------------------------------------------------------------------------------

    /// Reads controls, evidence, attestations and the integration again, keeping the selected control.
    public void reload() {
        long id = context.integration().id();
        AttestationService attestations = service;
        RegisterService register = context.register();
        Integration shown = context.integration();
        busy.set(true);
        Tasks.run(() -> new Loaded(attestations.assessments(id), attestations.evidence(id), attestations.history(id),
                        register.integration(id).orElse(shown)))
                .onSuccess(this::show)
                .onFailure(e -> Failures.show(context.dialogs(), e))
                .andFinally(() -> busy.set(false))
                .on(context.executor());
    }

    /// Saves the form for the selected control.
    public void save() {
        ControlRow row = selected.get();
        if (row == null || !canSave.get()) {
            return;
        }
        // the form is read here, on the UI thread; the worker gets only these values
        AttestationService attestations = service;
        long integrationId = context.integration().id();
        ControlId control = row.id();
        AssessmentStatus status = form.status.get();
        String justification = form.justificationText();
        String notes = form.notesText();
        long version = row.assessed().version();
        run(() -> attestations.saveAssessment(integrationId, control, status, justification, notes, version));
    }

    /// Asks for a file, then for its effective date and note, and stores it as evidence of the selected control.
    public void attachEvidence(EvidencePrompt prompt) {
        ControlRow row = selected.get();
        if (row == null || !canAttach.get()) {
            return;
        }
        Optional<Path> file = context.dialogs().chooseFileToOpen(Messages.get("attest.evidence.choose"),
                new FileKind(Messages.get("attest.evidence.anyFile"), List.of("*.*")));
        if (file.isEmpty()) {
            return;
        }
        String name = file.get().getFileName().toString();
        AttestationService attestations = service;
        long integrationId = context.integration().id();
        ControlId control = row.id();
        Path source = file.get();
        prompt.ask(name, LocalDate.now(context.clock())).ifPresent(details -> run(() ->
                attestations.attachEvidence(integrationId, control, source, name,
                        mediaType(source), details.effectiveDate(), details.note())));
    }

    /// Writes a copy of an evidence file where the user chooses, after the service checked its hash.
    public void saveEvidenceCopy(StoredEvidence item) {
        context.dialogs().chooseFileToSave(Messages.get("attest.evidence.saveCopy.title"), item.ref().fileName(),
                        List.of(new FileKind(Messages.get("attest.evidence.anyFile"), List.of("*.*"))))
                .ifPresent(target -> {
                    AttestationService attestations = service;
                    long evidenceId = item.id();
                    busy.set(true);
                    Tasks.run(() -> Files.write(target.path(), attestations.evidenceContent(evidenceId)))
                            .onSuccess(path -> context.dialogs().showInfo(Messages.get("attest.evidence.saveCopy.title"),
                                    Messages.format("attest.evidence.saved", item.ref().fileName(), path)))
                            .onFailure(e -> Failures.show(context.dialogs(), e))
                            .andFinally(() -> busy.set(false))
                            .on(context.executor());
                });
    }

    /// Runs a change, then reloads; a refused change is shown and the screen reloaded, since a stale record
    /// means someone else's version is the one to look at now.
    void run(Callable<?> change) {
        busy.set(true);
        Tasks.run(change)
                .onSuccess(done -> reload())
                .onFailure(e -> {
                    Failures.show(context.dialogs(), e);
                    reload();
                })
                .andFinally(() -> busy.set(false))
                .on(context.executor());
    }

    private void show(Loaded loaded) {
        var previous = selected.get() == null ? null : selected.get().id();
        rows.setAll(loaded.assessments().stream().map(a -> new ControlRow(a, loaded.evidence().stream()
                .filter(e -> e.control() == a.applicable().control().id()).toList())).toList());
        signOff.update(loaded.history(), loaded.integration(), rows);
        selected.set(rows.stream().filter(r -> r.id() == previous).findFirst()
                .orElse(rows.isEmpty() ? null : rows.getFirst()));
    }

    private static String mediaType(Path file) {
        try {
            String probed = Files.probeContentType(file);
            return probed == null ? "application/octet-stream" : probed;
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /// The view's dialog for the evidence details; empty when cancelled.
    @FunctionalInterface
    public interface EvidencePrompt {
        Optional<EvidenceDetails> ask(String fileName, LocalDate today);
    }

    private record Loaded(List<AssessedControl> assessments, List<StoredEvidence> evidence,
                          List<StoredAttestation> history, Integration integration) {
    }
}
