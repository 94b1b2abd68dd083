package dev.steward.app.register;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.persistence.AttestationSummary;
import dev.steward.persistence.ClassificationOutcome;
import dev.steward.persistence.RegisterService;
import dev.steward.persistence.StoredClassification;
import dev.steward.persistence.SampleLoadResult;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/// State and commands of the register screen. Imports nothing from javafx.scene so it is tested without a toolkit.
public final class RegisterViewModel {
    private final UiExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<RegisterService> service = new ReadOnlyObjectWrapper<>();
    private final ObservableList<IntegrationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<IntegrationRow> visibleRows = new FilteredList<>(rows);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    // one read-only view each, kept: the wrappers listen weakly, so a throw-away wrapper would drop listeners
    private final ObservableList<IntegrationRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<Person> peopleView = FXCollections.unmodifiableObservableList(people);
    private final Map<Long, StoredClassification> classifications = new HashMap<>();
    private final ObservableList<AttestationSummary> attestations = FXCollections.observableArrayList();
    private final ObservableList<AttestationSummary> attestationsView = FXCollections.unmodifiableObservableList(attestations);
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<IntegrationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("status.opening"));
    private final ReadOnlyStringWrapper databaseLocation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ProgressTracker progress;

    public RegisterViewModel(UiExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.progress = new ProgressTracker(executor);
        searchText.addListener((obs, old, query) -> visibleRows.setPredicate(row -> row.matches(query)));
        rows.addListener((javafx.collections.ListChangeListener<IntegrationRow>) c -> empty.set(loaded.get() && rows.isEmpty()));
        loaded.addListener((obs, was, now) -> empty.set(now && rows.isEmpty()));
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public FilteredList<IntegrationRow> visibleRows() {
        return visibleRows;
    }

    /// Every row, whatever the search says (the dashboard counts these).
    public ObservableList<IntegrationRow> allRows() {
        return rowsView;
    }

    /// The newest attestation of each integration, as of the last load (the dashboard and review queue read it).
    public ObservableList<AttestationSummary> attestations() {
        return attestationsView;
    }

    /// True once loaded when the register holds no integration at all: time for the first-run greeting.
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Person> people() {
        return peopleView;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<IntegrationRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseLocationProperty() {
        return databaseLocation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// True once the database is open and the first load finished: commands that write need it.
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegisterService> serviceProperty() {
        return service.getReadOnlyProperty();
    }

    public int totalCount() {
        return rows.size();
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /// The long job (import, export) running in this window, shown in the status bar with a Cancel button.
    public ProgressTracker progress() {
        return progress;
    }

    /// Shows a one-line outcome in the status bar (e.g. "Exported 20 integrations to …").
    public void announce(String text) {
        status.set(text);
    }

    /// Called once the database has been opened in the background.
    public void attach(RegisterService registerService, String location) {
        service.set(registerService);
        databaseLocation.set(location);
        reload();
    }

    public void databaseFailed(Throwable error) {
        busy.set(false);
        status.set(Messages.get("status.databaseFailed"));
        dialogs.showError(Messages.get("error.database.title"), messageOf(error));
    }

    public void reload() {
        RegisterService current = service.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("status.loading"));
        Tasks.run(() -> snapshot(current))
                .onSuccess(this::show)
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    public void loadSampleData() {
        RegisterService current = service.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("status.loadingSample"));
        Tasks.run(() -> {
                    SampleLoadResult result = current.loadSampleData();
                    return new SampleLoaded(result, snapshot(current));
                })
                .onSuccess(loadedSample -> {
                    show(loadedSample.snapshot());
                    SampleLoadResult result = loadedSample.result();
                    status.set(Messages.format("status.sampleLoaded", result.integrationsAdded(), result.peopleAdded()));
                })
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    /// Retires the selected integration after confirmation. Retired records stay in the register, read-only.
    public void retireSelected() {
        IntegrationRow row = selected.get();
        RegisterService current = service.get();
        if (row == null || current == null || row.integration().isRetired()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("retire.confirm.title"), Messages.format("retire.confirm.message", row.name()))) {
            return;
        }
        busy.set(true);
        Tasks.run(() -> current.retire(row.id(), row.integration().version()))
                .onSuccess(retired -> {
                    replaceOrAdd(retired);
                    status.set(Messages.format("status.retired", retired.name()));
                })
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    /// Puts a saved integration into the table (from an editor window) and selects it.
    public void replaceOrAdd(Integration saved) {
        Map<Long, Person> byId = peopleById();
        IntegrationRow fresh = row(saved, byId);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == saved.id()) {
                rows.set(i, fresh);
                selected.set(fresh);
                return;
            }
        }
        rows.add(fresh);
        selected.set(fresh);
        status.set(Messages.format("status.count", rows.size()));
    }

    /// A person was added or changed in an editor: keep the shared list and the row texts current.
    public void personSaved(Person person) {
        people.removeIf(p -> p.id() == person.id());
        people.add(person);
        people.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        Map<Long, Person> byId = peopleById();
        rows.replaceAll(row -> row(row.integration(), byId));
    }

    /// A classification was saved in the wizard: show its verdict and tier, and any status change it caused.
    public void classificationSaved(ClassificationOutcome outcome) {
        classifications.put(outcome.integration().id(), outcome.stored());
        replaceOrAdd(outcome.integration());
        if (outcome.movedToReassessment()) {
            status.set(Messages.format("status.reassessment", outcome.integration().name()));
        }
    }

    private IntegrationRow row(Integration integration, Map<Long, Person> byId) {
        return IntegrationRow.of(integration, byId, classifications.get(integration.id()));
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private record Snapshot(List<Integration> integrations, List<Person> people,
                            Map<Long, StoredClassification> classifications,
                            Map<Long, AttestationSummary> attestations) {
    }

    private static Snapshot snapshot(RegisterService service) {
        return new Snapshot(service.integrations(), service.people(), service.latestClassifications(),
                service.latestAttestations());
    }

    private record SampleLoaded(SampleLoadResult result, Snapshot snapshot) {
    }

    private void show(Snapshot snapshot) {
        people.setAll(snapshot.people());
        classifications.clear();
        classifications.putAll(snapshot.classifications());
        attestations.setAll(snapshot.attestations().values());
        Map<Long, Person> byId = peopleById();
        long selectedId = selected.get() == null ? -1 : selected.get().id();
        rows.setAll(snapshot.integrations().stream().map(i -> row(i, byId)).toList());
        rows.stream().filter(r -> r.id() == selectedId).findFirst().ifPresent(selected::set);
        loaded.set(true);
        status.set(rows.isEmpty() ? Messages.get("status.empty") : Messages.format("status.count", rows.size()));
    }

    private Map<Long, Person> peopleById() {
        return people.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    }

    private void failed(Throwable error) {
        status.set(Messages.get("status.failed"));
        dialogs.showError(Messages.get("error.generic.title"), messageOf(error));
    }

    static String messageOf(Throwable error) {
        Throwable cause = error;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
