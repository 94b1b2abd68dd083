package dev.steward.app.register;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.paging.PagedRows;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.Messages;
import dev.steward.app.session.Permissions;
import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Permission;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.service.register.ClassificationOutcome;
import dev.steward.service.register.RegisterBlock;
import dev.steward.service.register.RegisterService;
import dev.steward.service.register.SampleLoadResult;
import dev.steward.storage.SearchQuery;
import dev.steward.storage.StoredClassification;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// State and commands of the register screen. Imports nothing from javafx.scene so it is tested without a toolkit.
///
/// The table's rows come from the database a block at a time ({@link PagedRows}): quick search, column
/// filters and the sort are one {@link SearchQuery} answered in SQL, so the register may hold a million
/// integrations and the screen still holds a few thousand rows. Selection is kept by index (what the table
/// knows) and by integration id (what survives a new search or a reload).
public final class RegisterViewModel {
    /// At most this many blocks wait to be fetched; older wishes are dropped (the user scrolled past them).
    private static final int WANTED_BLOCKS = 8;

    private final UiExecutor executor;
    private final DialogService dialogs;

    private final ReadOnlyObjectWrapper<RegisterService> service = new ReadOnlyObjectWrapper<>();
    private final PagedRows<IntegrationRow> rows = new PagedRows<>(this::wantBlock, IntegrationRow.class, IntegrationRow::id);
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    // one read-only view, kept: the wrapper listens weakly, so a throw-away wrapper would drop listeners
    private final ObservableList<Person> peopleView = FXCollections.unmodifiableObservableList(people);
    private Map<Long, Person> peopleById = Map.of();
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<SearchQuery> query = new ReadOnlyObjectWrapper<>(SearchQuery.ALL);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyObjectWrapper<IntegrationRow> selected = new ReadOnlyObjectWrapper<>();
    private long selectedId = -1;
    private final ReadOnlyIntegerWrapper rowsRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper registerRevision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper registerSize = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Messages.get("status.opening"));
    private final ReadOnlyStringWrapper databaseLocation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    // nobody may write until a session says otherwise
    private final ReadOnlyBooleanWrapper mayEdit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayClassify = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper signedIn = new ReadOnlyStringWrapper("");
    private final ProgressTracker progress;

    // one search at a time; a newer query waits and replaces any other waiting one
    private boolean searching;
    private boolean searchAgain;
    private String pendingAnnouncement;
    private final Deque<Integer> wantedBlocks = new ArrayDeque<>();
    private int fetchingBlock = -1;

    public RegisterViewModel(UiExecutor executor, DialogService dialogs) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.progress = new ProgressTracker(executor);
        searchText.addListener((obs, old, text) -> setQuery(query.get().withText(text)));
        loaded.addListener((obs, was, now) -> empty.set(now && registerSize.get() == 0));
        registerSize.addListener((obs, was, now) -> empty.set(loaded.get() && now.intValue() == 0));
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    /// The rows the search and filters let through, in the chosen order: a row not fetched yet is `null`
    /// until its block arrives (then {@link #rowsRevisionProperty()} changes).
    public ObservableList<IntegrationRow> visibleRows() {
        return rows;
    }

    /// Changes whenever rows already in {@link #visibleRows()} got their data or new data: redraw them.
    public ReadOnlyIntegerProperty rowsRevisionProperty() {
        return rowsRevision.getReadOnlyProperty();
    }

    /// Changes after every load and every write made from this window: whatever summarises the register
    /// (dashboard, review queue) reads it again.
    public ReadOnlyIntegerProperty registerRevisionProperty() {
        return registerRevision.getReadOnlyProperty();
    }

    /// The search text, filters and sort the table shows, e.g. to export the same rows.
    public ReadOnlyObjectProperty<SearchQuery> queryProperty() {
        return query.getReadOnlyProperty();
    }

    /// How many integrations the current search and filters match.
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
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

    /// The selected row, `null` for none (or while its block is still on its way).
    public ReadOnlyObjectProperty<IntegrationRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /// The selected index in {@link #visibleRows()}, -1 for none; the table follows it and reports to it.
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
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

    /// True when the signed-in user may create, edit, retire and import integrations and people.
    public ReadOnlyBooleanProperty mayEditProperty() {
        return mayEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayClassifyProperty() {
        return mayClassify.getReadOnlyProperty();
    }

    /// "Signed in as …" for the status bar.
    public ReadOnlyStringProperty signedInProperty() {
        return signedIn.getReadOnlyProperty();
    }

    /// Follows the window's session from now on. The service checks again on every write; this only keeps
    /// buttons from offering what would be refused.
    public void bindPermissions(Permissions permissions) {
        mayEdit.bind(permissions.allows(Permission.EDIT_INTEGRATIONS));
        mayClassify.bind(permissions.allows(Permission.CLASSIFY_INTEGRATIONS));
        signedIn.bind(permissions.signedInText());
        // signing in (or out) is an action of its own
        signedIn.addListener((obs, old, now) -> succeeded());
    }

    /// How many integrations the register holds, whatever the search shows (retired ones included).
    public int totalCount() {
        return registerSize.get();
    }

    // ---- selection, search, filters, sort --------------------------------------------------------------------

    /// Selects the row at `index` (-1 for none), as the table reports it.
    public void selectIndex(int index) {
        int valid = index >= 0 && index < rows.size() ? index : -1;
        selectedIndex.set(valid);
        IntegrationRow row = valid < 0 ? null : rows.get(valid);
        selected.set(row);
        selectedId = row == null ? (valid < 0 ? -1 : selectedId) : row.id();
    }

    public void sortBy(SearchQuery.Sort sort, boolean ascending) {
        setQuery(query.get().sortedBy(sort, ascending));
    }

    public void filterKinds(Set<IntegrationKind> kinds) {
        setQuery(query.get().withKinds(kinds));
    }

    public void filterStatuses(Set<LifecycleStatus> statuses) {
        setQuery(query.get().withStatuses(statuses));
    }

    public void filterVerdicts(Set<NhiVerdict> verdicts) {
        setQuery(query.get().withVerdicts(verdicts));
    }

    public void filterTiers(Set<RiskTier> tiers) {
        setQuery(query.get().withTiers(tiers));
    }

    /// Clears the search text and every column filter (the sort stays).
    public void clearFilters() {
        SearchQuery current = query.get();
        searchText.set("");
        setQuery(SearchQuery.ALL.sortedBy(current.sort(), current.ascending()));
    }

    private void setQuery(SearchQuery next) {
        if (!next.equals(query.get())) {
            query.set(next);
            search();
        }
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

    /// As {@link #attach(RegisterService, String)}, showing rows already read with {@link #firstLoad} instead
    /// of reading them again (unless the search changed meanwhile).
    public void attach(RegisterService registerService, String location, FirstLoad first) {
        service.set(registerService);
        databaseLocation.set(location);
        show(first.reloaded());
        busy.set(false);
    }

    /// The people and first rows of a register, everything unfiltered: read on a worker thread while the
    /// window is still being built, and handed to {@link #attach(RegisterService, String, FirstLoad)}.
    public static FirstLoad firstLoad(RegisterService registerService) {
        return new FirstLoad(new Reloaded(registerService.people(), find(registerService, SearchQuery.ALL, -1), null));
    }

    /// What {@link #firstLoad} read; opaque to everyone else.
    public static final class FirstLoad {
        private final Reloaded reloaded;

        private FirstLoad(Reloaded reloaded) {
            this.reloaded = reloaded;
        }

        Reloaded reloaded() {
            return reloaded;
        }
    }

    public void databaseFailed(Throwable error) {
        busy.set(false);
        status.set(Messages.get("status.databaseFailed"));
        dialogs.showFailure(Messages.get("error.database.title"), error);
    }

    /// The register was not opened, and that is no error (the person cancelled signing in): say so, stop waiting.
    public void notOpened(String text) {
        busy.set(false);
        status.set(text);
    }

    /// Reads people and the rows shown again (F5, after an import). Busy until the rows are shown.
    public void reload() {
        RegisterService current = service.get();
        if (current == null) {
            return;
        }
        busy.set(true);
        status.set(Messages.get("status.loading"));
        SearchQuery asked = query.get();
        long keep = selectedId;
        Tasks.run(() -> new Reloaded(current.people(), find(current, asked, keep), null))
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
        SearchQuery asked = query.get();
        long keep = selectedId;
        Tasks.run(() -> {
                    SampleLoadResult result = current.loadSampleData();
                    return new Reloaded(current.people(), find(current, asked, keep), Messages.format(
                            "status.sampleLoaded", result.integrationsAdded(), result.peopleAdded()));
                })
                .onSuccess(this::show)
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
                .onSuccess(retired -> saved(retired, null, Messages.format("status.retired", retired.name())))
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    /// Puts a saved integration into the table (from an editor window) and selects it.
    public void replaceOrAdd(Integration saved) {
        saved(saved, null, null);
    }

    /// Shows `integration` in the table and selects it: a drill-down from the dashboard or the queue. Clears the
    /// search and filters when they hide it.
    public void reveal(long integrationId) {
        RegisterService current = service.get();
        if (current == null) {
            return;
        }
        selectedId = integrationId;
        SearchQuery asked = query.get();
        Tasks.run(() -> current.position(asked, integrationId).isPresent())
                .onSuccess(shown -> {
                    if (shown) {
                        search();
                    } else {
                        clearFilters();
                        search();
                    }
                })
                .onFailure(this::failed)
                .on(executor);
    }

    /// A person was added or changed in an editor: keep the shared list and the row texts current.
    public void personSaved(Person person) {
        List<Person> updated = new ArrayList<>(people);
        updated.removeIf(p -> p.id() == person.id());
        updated.add(person);
        setPeople(updated);
        rows.replaceHeld(row -> IntegrationRow.of(row.integration(), peopleById, row.classification()));
        rowsChanged();
        registerRevision.set(registerRevision.get() + 1);
        succeeded();
    }

    /// A classification was saved in the wizard: show its verdict and tier, and any status change it caused.
    public void classificationSaved(ClassificationOutcome outcome) {
        String note = outcome.movedToReassessment()
                ? Messages.format("status.reassessment", outcome.integration().name()) : null;
        saved(outcome.integration(), outcome.stored(), note);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    /// People and the first rows, read together: the register is "loaded" only once both are shown.
    private record Reloaded(List<Person> people, Found found, String announcement) {
    }

    private void show(Reloaded reloaded) {
        setPeople(reloaded.people());
        if (reloaded.announcement() != null) {
            pendingAnnouncement = reloaded.announcement();
        }
        show(reloaded.found());
    }

    /// What one search brings back: the first block, and the selected record's block with its position.
    private record Found(SearchQuery query, RegisterBlock first, int selectedPosition, RegisterBlock selectedBlock) {
    }

    /// A write from this window: the held row shows it at once, then the search runs again, since the record
    /// may now sort elsewhere, or match no longer.
    private void saved(Integration integration, StoredClassification classification, String note) {
        rows.replaceHeld(row -> row.id() != integration.id() ? row
                : IntegrationRow.of(integration, peopleById, classification != null ? classification : row.classification()));
        rowsChanged();
        selectedId = integration.id();
        search(note);
    }

    private void setPeople(List<Person> loaded) {
        people.setAll(loaded.stream().sorted(PeopleOrder.byName()).toList());
        peopleById = loaded.stream().collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
    }

    private void search() {
        search(null);
    }

    /// Runs the current query (or marks it to run once the running one ends) and shows the first block,
    /// keeping the selected record selected wherever it now stands. `announcement` replaces the count in the
    /// status bar afterwards.
    private void search(String announcement) {
        RegisterService current = service.get();
        if (current == null) {
            return;
        }
        if (announcement != null) {
            pendingAnnouncement = announcement;
        }
        if (searching) {
            searchAgain = true;
            return;
        }
        searching = true;
        SearchQuery asked = query.get();
        long keep = selectedId;
        Tasks.run(() -> find(current, asked, keep))
                .onSuccess(this::show)
                .onFailure(this::failed)
                .andFinally(() -> {
                    searching = false;
                    if (searchAgain) {
                        searchAgain = false;
                        search();
                    }
                })
                .on(executor);
    }

    private static Found find(RegisterService service, SearchQuery query, long selectedId) {
        // a quick search finding most of a large register shows its first rows with an estimated count first
        RegisterBlock first = selectedId < 0 ? service.firstBlock(query, PagedRows.BLOCK)
                : service.block(query, 0, PagedRows.BLOCK);
        if (selectedId < 0) {
            return new Found(query, first, -1, null);
        }
        int position = service.position(query, selectedId).orElse(-1);
        int block = position / PagedRows.BLOCK;
        RegisterBlock selectedBlock = position < PagedRows.BLOCK ? null
                : service.block(query, block * PagedRows.BLOCK, PagedRows.BLOCK);
        return new Found(query, first, position, selectedBlock);
    }

    private void show(Found found) {
        if (!found.query().equals(query.get())) {
            // the user changed the query meanwhile: show that one instead (after the running search, if any)
            search();
            return;
        }
        long keep = selectedId;
        Map<Integer, List<IntegrationRow>> held = new HashMap<>();
        held.put(0, toRows(found.first()));
        if (found.selectedBlock() != null) {
            held.put(found.selectedPosition() / PagedRows.BLOCK, toRows(found.selectedBlock()));
        }
        wantedBlocks.clear();
        registerSize.set(found.first().registerSize());
        matchCount.set(found.first().total());
        rows.reset(found.first().total(), held);
        selectIndex(found.selectedPosition());
        if (found.selectedPosition() < 0) {
            // not shown by this query: forget it only when it was never found, so a later search can bring it back
            selectedId = keep;
        }
        loaded.set(true);
        rowsChanged();
        registerRevision.set(registerRevision.get() + 1);
        status.set(pendingAnnouncement != null ? pendingAnnouncement : countText(found.first().estimated()));
        pendingAnnouncement = null;
        if (found.first().estimated()) {
            countExactly(found.query());
        }
    }

    /// The first rows were shown with an estimated count: reads the exact one (and the same first block, so
    /// that the list is one consistent read) and shows it, unless the query changed meanwhile.
    private void countExactly(SearchQuery asked) {
        RegisterService current = service.get();
        long generation = rows.generation();
        Tasks.run(() -> current.block(asked, 0, PagedRows.BLOCK))
                .onSuccess(exact -> {
                    if (!asked.equals(query.get()) || rows.generation() != generation) {
                        return;
                    }
                    wantedBlocks.clear();
                    matchCount.set(exact.total());
                    rows.reset(exact.total(), Map.of(0, toRows(exact)));
                    rowsChanged();
                    status.set(countText(false));
                })
                .onFailure(this::failed)
                .on(executor);
    }

    private String countText() {
        return countText(false);
    }

    private String countText(boolean estimated) {
        if (registerSize.get() == 0) {
            return Messages.get("status.empty");
        }
        if (estimated) {
            return Messages.format("status.countEstimated", matchCount.get(), registerSize.get());
        }
        if (matchCount.get() == registerSize.get()) {
            return Messages.format("status.count", registerSize.get());
        }
        return Messages.format("status.countFiltered", matchCount.get(), registerSize.get());
    }

    private List<IntegrationRow> toRows(RegisterBlock block) {
        return block.integrations().stream()
                .map(i -> IntegrationRow.of(i, peopleById, block.classifications().get(i.id())))
                .toList();
    }

    /// A row of `block` was asked for and is not held: fetch it after the blocks asked for more recently.
    private void wantBlock(int block) {
        if (block == fetchingBlock || wantedBlocks.contains(block) || service.get() == null) {
            return;
        }
        wantedBlocks.addLast(block);
        if (wantedBlocks.size() > WANTED_BLOCKS) {
            wantedBlocks.removeFirst();
        }
        fetchBlocks();
    }

    private void fetchBlocks() {
        RegisterService current = service.get();
        if (fetchingBlock >= 0 || wantedBlocks.isEmpty() || current == null) {
            return;
        }
        int block = wantedBlocks.removeLast();
        if (rows.holds(block)) {
            fetchBlocks();
            return;
        }
        fetchingBlock = block;
        long generation = rows.generation();
        SearchQuery asked = query.get();
        Tasks.run(() -> current.block(asked, block * PagedRows.BLOCK, PagedRows.BLOCK))
                .onSuccess(fetched -> {
                    if (rows.store(generation, block, toRows(fetched))) {
                        rowsChanged();
                    }
                })
                .onFailure(this::failed)
                .andFinally(() -> {
                    fetchingBlock = -1;
                    fetchBlocks();
                })
                .on(executor);
    }

    /// Held rows got (new) data: the selection points at the current row object, which may have been waiting for
    /// its block, and whoever draws rows redraws them.
    private void rowsChanged() {
        selectIndex(selectedIndex.get());
        rowsRevision.set(rowsRevision.get() + 1);
    }

    /// Says so in the status bar until the next success (see {@link #succeeded()}), and shows the error.
    private void failed(Throwable error) {
        status.set(Messages.get("status.failed"));
        String title = error instanceof AccessDenied ? "error.accessDenied.title" : "error.generic.title";
        dialogs.showFailure(Messages.get(title), error);
    }

    /// Something worked that does not announce itself (a sign-in, a person saved): a "failed" line from before
    /// gives way to what the register shows, so it never outlives a success.
    private void succeeded() {
        if (loaded.get() && Messages.get("status.failed").equals(status.get())) {
            status.set(countText());
        }
    }
}
