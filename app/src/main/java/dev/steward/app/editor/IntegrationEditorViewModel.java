package dev.steward.app.editor;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Durations;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.AuditEvent;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.StaleRecordException;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/// Everything the integration editor shows and does. Validation runs live on every change; Save is enabled
/// by one binding. A save that lost a race with another window keeps the user's edits and says what happened.
public final class IntegrationEditorViewModel {
    private final RegisterService service;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final EditorContext context;

    private Integration original;

    // ---- form state (bound bidirectionally by the view) ---------------------------------------------------------
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty vendor = new SimpleStringProperty("");
    final ObjectProperty<IntegrationKind> kind = new SimpleObjectProperty<>(IntegrationKind.ASSISTANT_COPILOT);
    final ObjectProperty<PipelineRole> pipelineRole = new SimpleObjectProperty<>();
    final Map<DeploymentEnvironment, BooleanProperty> environments = new EnumMap<>(DeploymentEnvironment.class);
    final ObjectProperty<LifecycleStatus> status = new SimpleObjectProperty<>(LifecycleStatus.PROPOSED);
    final ObservableList<LifecycleStatus> allowedStatuses = FXCollections.observableArrayList();
    final ObjectProperty<Person> sponsor = new SimpleObjectProperty<>();
    final ObjectProperty<Person> technicalOwner = new SimpleObjectProperty<>();
    final ObservableList<Person> backupOwners = FXCollections.observableArrayList();
    final ObservableList<DataAccess> dataAccess = FXCollections.observableArrayList();
    final ObservableList<ToolAccess> tools = FXCollections.observableArrayList();
    final ObservableList<AgentLink> agentLinks = FXCollections.observableArrayList();
    final ObservableList<Credential> credentials = FXCollections.observableArrayList();
    final StringProperty killSwitch = new SimpleStringProperty("");
    final StringProperty authorisedBy = new SimpleStringProperty("");
    final StringProperty revocationSteps = new SimpleStringProperty("");
    final StringProperty targetTime = new SimpleStringProperty("");
    final ObjectProperty<java.time.LocalDate> lastTested = new SimpleObjectProperty<>();
    final ObjectProperty<RevocationTestResult> lastResult = new SimpleObjectProperty<>();
    final StringProperty revocationImpact = new SimpleStringProperty("");
    final ObjectProperty<java.time.LocalDate> nextReview = new SimpleObjectProperty<>();

    // ---- derived state ------------------------------------------------------------------------------------------
    private final ObservableList<ValidationProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<AuditEvent> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper conflict = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private boolean loading;

    public IntegrationEditorViewModel(EditorContext context, Integration existing) {
        this.context = context;
        this.service = context.service();
        this.executor = context.executor();
        this.dialogs = context.dialogs();
        for (DeploymentEnvironment env : DeploymentEnvironment.values()) {
            environments.put(env, new SimpleBooleanProperty(false));
        }
        load(existing == null ? Integration.draft("", IntegrationKind.ASSISTANT_COPILOT) : existing, context.people());
        for (Observable field : fields()) {
            field.addListener(o -> changed());
        }
        canSave = Bindings.createBooleanBinding(problems::isEmpty, problems)
                .and(dirty).and(busy.not()).and(readOnly.not())
                .and(Bindings.createBooleanBinding(() -> context.mayEdit().get(), context.mayEdit()));
        validate();
        loadHistory();
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public ObservableList<ValidationProblem> problems() {
        return FXCollections.unmodifiableObservableList(problems);
    }

    /// The audit trail of this record, newest first.
    public ObservableList<AuditEvent> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// True when the signed-in user's roles do not allow editing the register.
    public javafx.beans.binding.BooleanBinding notAllowedProperty() {
        return Bindings.createBooleanBinding(() -> !context.mayEdit().get(), context.mayEdit());
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /// Non-empty after a save failed because someone else saved first.
    public ReadOnlyStringProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public Integration original() {
        return original;
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /// Builds the record from the form. Unparseable text (such as a bad duration) is reported by {@link #validate()}.
    public Integration toIntegration() {
        Set<DeploymentEnvironment> envs = EnumSet.noneOf(DeploymentEnvironment.class);
        environments.forEach((env, on) -> {
            if (on.get()) {
                envs.add(env);
            }
        });
        RevocationPath revocation = new RevocationPath(blankToNull(killSwitch.get()), blankToNull(authorisedBy.get()),
                blankToNull(revocationSteps.get()), parseTargetTimeOrNull(), lastTested.get(), lastResult.get(),
                blankToNull(revocationImpact.get()));
        return new Integration(original.id(), original.version(), name.get().strip(), purpose.get().strip(),
                blankToNull(vendor.get()), kind.get(), kind.get() == IntegrationKind.PIPELINE_COMPONENT ? pipelineRole.get() : null,
                envs, status.get(), idOf(sponsor.get()), idOf(technicalOwner.get()),
                backupOwners.stream().map(Person::id).toList(), List.copyOf(dataAccess), List.copyOf(tools),
                List.copyOf(agentLinks), List.copyOf(credentials), revocation, nextReview.get(),
                original.updatedAt(), original.updatedBy());
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        Integration edited = toIntegration();
        RegisterService store = service;
        busy.set(true);
        // the people are read with the save, on the worker: the UI thread does no I/O
        Tasks.run(() -> new Reloaded(edited.isNew() ? store.create(edited) : store.update(edited), store.people()))
                .onSuccess(saved -> {
                    conflict.set("");
                    load(saved.integration(), saved.people());
                    context.onSaved().accept(saved.integration());
                    loadHistory();
                })
                .onFailure(this::saveFailed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    public ObservableList<Person> people() {
        return context.people();
    }

    /// Stores a new person typed in the "New person" dialog, which calls this off the UI thread and shows a
    /// refusal in place (see {@link dev.steward.app.people.PersonDialog}).
    public Person storePerson(Person draft) {
        return service.savePerson(draft);
    }

    /// The New person dialog stored `saved`: everyone's lists follow, and it takes the place it was created for.
    public void personCreated(Person saved, Consumer<Person> assign) {
        context.onPersonSaved().accept(saved);
        assign.accept(saved);
    }

    public UiExecutor executor() {
        return executor;
    }

    /// Throws away local edits and shows what is stored now (after a conflict, or to undo).
    public void reloadFromStore() {
        if (original.isNew()) {
            return;
        }
        busy.set(true);
        long id = original.id();
        RegisterService store = service;
        Tasks.run(() -> new Reloaded(store.integration(id).orElseThrow(), store.people()))
                .onSuccess(r -> {
                    conflict.set("");
                    load(r.integration(), r.people());
                })
                .onFailure(e -> dialogs.showFailure(Messages.get("editor.error.title"), e))
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    /// @return true when the window may close (no unsaved edits, or the user agreed to drop them)
    public boolean confirmClose() {
        return !dirty.get() || dialogs.confirm(Messages.get("editor.discard.title"), Messages.get("editor.discard.message"));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private record Reloaded(Integration integration, List<Person> people) {
    }

    private void loadHistory() {
        if (original.isNew()) {
            history.clear();
            return;
        }
        long id = original.id();
        RegisterService store = service;
        Tasks.run(() -> store.history(id))
                .onSuccess(history::setAll)
                .onFailure(e -> history.clear())
                .on(executor);
    }

    private void saveFailed(Throwable error) {
        switch (error) {
            case StaleRecordException stale -> conflict.set(stale.getMessage());
            case ValidationException invalid -> problems.setAll(invalid.problems());
            default -> dialogs.showFailure(Messages.get("editor.error.title"), error);
        }
    }

    private void load(Integration integration, List<Person> people) {
        loading = true;
        try {
            original = integration;
            name.set(integration.name());
            purpose.set(nullToEmpty(integration.purpose()));
            vendor.set(nullToEmpty(integration.vendor()));
            kind.set(integration.kind());
            pipelineRole.set(integration.pipelineRole());
            environments.forEach((env, on) -> on.set(integration.environments().contains(env)));
            allowedStatuses.setAll(statusChoices(integration));
            status.set(integration.status());
            sponsor.set(find(people, integration.sponsorId()));
            technicalOwner.set(find(people, integration.technicalOwnerId()));
            backupOwners.setAll(integration.backupOwnerIds().stream().map(id -> find(people, id)).filter(p -> p != null).toList());
            dataAccess.setAll(integration.dataAccess());
            tools.setAll(integration.tools());
            agentLinks.setAll(integration.agentLinks());
            credentials.setAll(integration.credentials());
            RevocationPath r = integration.revocation();
            killSwitch.set(nullToEmpty(r.killSwitch()));
            authorisedBy.set(nullToEmpty(r.authorisedBy()));
            revocationSteps.set(nullToEmpty(r.steps()));
            targetTime.set(r.targetTime() == null ? "" : Durations.format(r.targetTime()));
            lastTested.set(r.lastTested());
            lastResult.set(r.lastResult());
            revocationImpact.set(nullToEmpty(r.impact()));
            nextReview.set(integration.nextReview());
            readOnly.set(integration.isRetired());
            title.set(integration.isNew() ? Messages.get("editor.title.new") : Messages.format("editor.title.edit", integration.name()));
            // a pre-filled draft (a discovered finding) is unsaved work: it can be saved as it is
            dirty.set(integration.isNew() && !integration.name().isBlank());
        } finally {
            loading = false;
        }
        validate();
    }

    private static List<LifecycleStatus> statusChoices(Integration integration) {
        if (integration.isNew()) {
            return List.of(LifecycleStatus.PROPOSED, LifecycleStatus.IN_REVIEW);
        }
        List<LifecycleStatus> choices = new ArrayList<>();
        for (LifecycleStatus s : LifecycleStatus.values()) {
            if (LifecycleRules.canMove(integration.status(), s)) {
                choices.add(s);
            }
        }
        return choices;
    }

    private void changed() {
        if (loading) {
            return;
        }
        dirty.set(true);
        validate();
    }

    private void validate() {
        List<ValidationProblem> found = new ArrayList<>();
        if (!targetTime.get().isBlank()) {
            try {
                Durations.parse(targetTime.get());
            } catch (IllegalArgumentException e) {
                found.add(new ValidationProblem("revocation.targetTime", e.getMessage()));
            }
        }
        found.addAll(IntegrationValidator.validate(toIntegration()));
        problems.setAll(found);
    }

    private Duration parseTargetTimeOrNull() {
        try {
            return Durations.parse(targetTime.get());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Observable> fields() {
        List<Observable> all = new ArrayList<>(List.of(name, purpose, vendor, kind, pipelineRole, status, sponsor,
                technicalOwner, backupOwners, dataAccess, tools, agentLinks, credentials, killSwitch, authorisedBy,
                revocationSteps, targetTime, lastTested, lastResult, revocationImpact, nextReview));
        all.addAll(environments.values());
        return all;
    }

    private static Person find(List<Person> people, Long id) {
        return id == null ? null : people.stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    private static Long idOf(Person person) {
        return person == null ? null : person.id();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
