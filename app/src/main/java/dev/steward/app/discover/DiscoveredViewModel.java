package dev.steward.app.discover;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.i18n.Messages;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.discovery.Discovery;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.service.RegisterServices;
import dev.steward.service.discovery.DiscoveryRun;
import dev.steward.service.discovery.DiscoveryService;
import dev.steward.service.discovery.ReconciledFinding;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/// The Discovered tab: runs discovery on chosen files or a folder (in the background, with progress and Cancel in
/// the status bar), lists the findings with status, flags and sources, registers a new one through a pre-filled
/// editor and dismisses one with a reason. All reads and writes go through {@link DiscoveryService}.
public final class DiscoveredViewModel {
    static final FileKind FILES = new FileKind(Messages.get("file.discovery"), List.of("*.json", "*.toml", "*"));

    private final Supplier<RegisterServices> services;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ProgressTracker progress;
    private final Consumer<String> announce;
    private final Runnable registerChanged;
    private final DraftOpener opener;

    private final ObservableList<FindingRow> rows = FXCollections.observableArrayList();
    private final FilteredList<FindingRow> visible = new FilteredList<>(rows, r -> true);
    private final BooleanProperty showDismissed = new SimpleBooleanProperty(false);
    private final ObjectProperty<FindingRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(Messages.get("discovered.empty"));
    private final BooleanBinding canRegister;
    private final BooleanBinding canDismiss;

    /// @param announce        shows a line in the status bar
    /// @param registerChanged called after a run saved changes into integrations, so the register reloads
    public DiscoveredViewModel(Supplier<RegisterServices> services, UiExecutor executor, DialogService dialogs,
                               ProgressTracker progress, Consumer<String> announce, Runnable registerChanged,
                               DraftOpener opener) {
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.progress = progress;
        this.announce = announce;
        this.registerChanged = registerChanged;
        this.opener = opener;
        showDismissed.addListener((obs, was, now) -> filter());
        filter();
        canRegister = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().statusValue() == FindingStatus.NEW && !progress.runningProperty().get(),
                selected, progress.runningProperty());
        canDismiss = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().statusValue() != FindingStatus.DISMISSED && !progress.runningProperty().get(),
                selected, progress.runningProperty());
    }

    // ---- state ---------------------------------------------------------------------------------------------------

    public ObservableList<FindingRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<FindingRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty showDismissedProperty() {
        return showDismissed;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// One binding for the Register button: a new finding is selected and nothing runs.
    public BooleanBinding canRegisterProperty() {
        return canRegister;
    }

    public BooleanBinding canDismissProperty() {
        return canDismiss;
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /// File > Discover…: files chosen together (configurations and exports).
    public void discoverFiles() {
        if (services.get() == null || progress.runningProperty().get()) {
            return;
        }
        List<Path> files = dialogs.chooseFilesToOpen(Messages.get("discover.title"), FILES);
        if (!files.isEmpty()) {
            discover(files);
        }
    }

    /// File > Discover in folder…: the clients' files anywhere below it, exports directly in it.
    public void discoverFolder() {
        if (services.get() == null || progress.runningProperty().get()) {
            return;
        }
        dialogs.chooseFolder(Messages.get("discover.folder.title")).ifPresent(folder -> discover(List.of(folder)));
    }

    /// Reads and reconciles `paths` in the background; the findings then show in the tab.
    public void discover(List<Path> paths) {
        RegisterServices open = services.get();
        if (open == null || progress.runningProperty().get()) {
            return;
        }
        DiscoveryService discovery = open.discovery();
        ProgressMonitor monitor = progress.start(Messages.get("discover.running"));
        Tasks.longJob(() -> discovery.reconcile(Discovery.read(paths, monitor), false))
                .onSuccess(run -> {
                    progress.finish();
                    show(run.findings());
                    announce.accept(Messages.format("discover.done", run.findings().size(), run.files().size(),
                            run.reassessed()));
                    if (run.reassessed() > 0) {
                        registerChanged.run();
                    }
                })
                .onFailure(error -> {
                    progress.finish();
                    if (error instanceof CancellationException) {
                        announce.accept(Messages.get("discover.cancelled"));
                    } else {
                        dialogs.showFailure(Messages.get("discover.failed"), error);
                    }
                })
                .onCancel(progress::cancel)
                .on(executor);
    }

    /// Reads the stored findings again (when the tab is shown or the register opened).
    public void refresh() {
        RegisterServices open = services.get();
        if (open == null) {
            return;
        }
        DiscoveryService discovery = open.discovery();
        Tasks.run(discovery::findings)
                .onSuccess(this::show)
                .onFailure(error -> dialogs.showFailure(Messages.get("discover.failed"), error))
                .on(executor);
    }

    /// Opens the editor on the selected new finding, pre-filled; once saved, the finding is linked to it.
    public void registerSelected() {
        FindingRow row = selected.get();
        RegisterServices open = services.get();
        if (row == null || open == null || !canRegister.get()) {
            return;
        }
        DiscoveryService discovery = open.discovery();
        long id = row.id();
        Tasks.run(() -> discovery.draft(id))
                .onSuccess(draft -> opener.open(draft, created -> Tasks.run(() -> {
                            discovery.link(id, created.id());
                            return discovery.findings();
                        })
                        .onSuccess(this::show)
                        .onFailure(error -> dialogs.showFailure(Messages.get("discover.failed"), error))
                        .on(executor)))
                .onFailure(error -> dialogs.showFailure(Messages.get("discover.failed"), error))
                .on(executor);
    }

    /// Asks why, then dismisses the selected finding; it stays hidden while it comes back unchanged.
    public void dismissSelected() {
        FindingRow row = selected.get();
        RegisterServices open = services.get();
        if (row == null || open == null || !canDismiss.get()) {
            return;
        }
        Optional<String> reason = dialogs.askReason(Messages.get("discovered.dismiss.title"),
                Messages.format("discovered.dismiss.message", row.name()));
        if (reason.isEmpty()) {
            return;
        }
        DiscoveryService discovery = open.discovery();
        long id = row.id();
        String why = reason.get();
        Tasks.run(() -> {
                    discovery.dismiss(id, why);
                    return discovery.findings();
                })
                .onSuccess(this::show)
                .onFailure(error -> dialogs.showFailure(Messages.get("discovered.dismiss.failed"), error))
                .on(executor);
    }

    private void show(List<ReconciledFinding> findings) {
        Long keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(findings.stream().map(FindingRow::of).toList());
        selected.set(keep == null ? null : visible.stream().filter(r -> r.id() == keep).findFirst().orElse(null));
        long dismissed = findings.stream().filter(f -> f.status() == FindingStatus.DISMISSED).count();
        long fresh = findings.stream().filter(f -> f.status() == FindingStatus.NEW).count();
        long changed = findings.stream().filter(f -> f.status() == FindingStatus.CHANGED).count();
        summary.set(findings.isEmpty() ? Messages.get("discovered.empty")
                : Messages.format("discovered.summary", findings.size(), fresh, changed, dismissed));
    }

    private void filter() {
        boolean all = showDismissed.get();
        visible.setPredicate(r -> all || r.statusValue() != FindingStatus.DISMISSED);
    }
}
