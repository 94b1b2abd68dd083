package dev.steward.app.dashboard;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.i18n.Messages;
import dev.steward.app.paging.BlockReader;
import dev.steward.app.paging.PagedRows;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.Gap;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.register.DashboardSummary;
import dev.steward.service.register.RegisterService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/// State of the dashboard: chart counts and the gaps list, read from the database ({@link RegisterService#dashboard},
/// SQL over the register, never the register in memory) whenever the dashboard is shown or the register changes.
///
/// The gaps list is paged like the register's table ({@link PagedRows}): its size is the number of gaps of the
/// chosen kind (or of all kinds), and blocks of 100 are read when someone scrolls to them. A refresh reads the
/// counts and the first block in one go, then how many integrations the gaps are on (a slower pass), so the
/// summary line first says only how many gaps there are. Imports nothing from javafx.scene so it is tested
/// without a toolkit.
public final class DashboardViewModel {
    private final Clock clock;
    private final LongConsumer opener;
    private final UiExecutor executor;
    private final Consumer<Throwable> failed;
    private final ObservableList<CountEntry> byVerdict = FXCollections.observableArrayList();
    private final ObservableList<CountEntry> byTier = FXCollections.observableArrayList();
    private final ObservableList<CountEntry> byStatus = FXCollections.observableArrayList();
    private final BlockReader<GapRow> blocks;
    private final PagedRows<GapRow> gaps;
    /// {@code null} shows every kind of gap
    private final ObjectProperty<GapKind> kindFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyIntegerWrapper rowsRevision = new ReadOnlyIntegerWrapper();
    private RegisterService service;
    private Map<GapKind, Integer> gapCounts = Map.of();
    private LocalDate countedOn;
    private long reads;

    /// @param opener opens an integration by id (the drill-down from a gap)
    /// @param failed shows a read that failed
    public DashboardViewModel(Clock clock, LongConsumer opener, UiExecutor executor, Consumer<Throwable> failed) {
        this.clock = clock;
        this.opener = opener;
        this.executor = executor;
        this.failed = failed;
        this.blocks = new BlockReader<>(GapRow.class, GapRow::integrationId, this::readBlock, executor, failed,
                () -> rowsRevision.set(rowsRevision.get() + 1));
        this.gaps = blocks.rows();
        kindFilter.addListener((obs, old, kind) -> showKind());
    }

    public ObservableList<CountEntry> byVerdict() {
        return byVerdict;
    }

    public ObservableList<CountEntry> byTier() {
        return byTier;
    }

    public ObservableList<CountEntry> byStatus() {
        return byStatus;
    }

    /// The gaps of the chosen kind in the dashboard's order; a row not read yet is `null` until its block arrives.
    public ObservableList<GapRow> visibleGaps() {
        return gaps;
    }

    /// Changes whenever rows of {@link #visibleGaps()} got their data: redraw them.
    public ReadOnlyIntegerProperty rowsRevisionProperty() {
        return rowsRevision.getReadOnlyProperty();
    }

    public ObjectProperty<GapKind> kindFilterProperty() {
        return kindFilter;
    }

    /// "12 gaps on 7 integrations", or a note that there are none.
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// True while the register holds no integrations: the view shows the first-run greeting instead.
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /// Reads everything again from `source`, off the UI thread; a read overtaken by a newer one is dropped.
    public void refresh(RegisterService source) {
        service = source;
        long asked = ++reads;
        LocalDate today = LocalDate.now(clock);
        GapKind kind = kindFilter.get();
        Tasks.run(() -> {
                    DashboardSummary read = source.dashboard(today);
                    return new FirstRead(read, source.gaps(kind, read.gapCounts(), 0, PagedRows.BLOCK, today));
                })
                .onSuccess(first -> {
                    if (asked == reads) {
                        show(first, kind, today);
                        countIntegrations(source, asked, today, first.summary().gaps());
                    }
                })
                .onFailure(failed::accept)
                .on(executor);
    }

    /// Drill-down: opens the record behind a gap.
    public void open(GapRow row) {
        if (row != null) {
            opener.accept(row.integrationId());
        }
    }

    private record FirstRead(DashboardSummary summary, List<Gap> firstBlock) {
    }

    private void show(FirstRead first, GapKind kind, LocalDate today) {
        DashboardCounts counts = first.summary().charts();
        byVerdict.setAll(verdictEntries(counts));
        byTier.setAll(tierEntries(counts));
        byStatus.setAll(statusEntries(counts));
        gapCounts = first.summary().gapCounts();
        countedOn = today;
        int total = first.summary().gaps();
        summary.set(total == 0 ? Messages.get("dashboard.gaps.none") : Messages.format("dashboard.gaps.counting", total));
        empty.set(first.summary().integrations() == 0);
        if (kind == kindFilter.get()) {
            blocks.reset(sizeOf(kind), Map.of(0, rows(first.firstBlock())));
        } else {
            showKind();
        }
    }

    private void countIntegrations(RegisterService source, long asked, LocalDate today, int total) {
        if (total == 0) {
            return;
        }
        Tasks.run(() -> source.integrationsWithGaps(today))
                .onSuccess(affected -> {
                    if (asked == reads) {
                        summary.set(Messages.format("dashboard.gaps.summary", total, affected));
                    }
                })
                .onFailure(failed::accept)
                .on(executor);
    }

    /// The kind filter changed: the list gets the new kind's size, and its rows are read as they are shown.
    private void showKind() {
        blocks.reset(sizeOf(kindFilter.get()), Map.of());
    }

    private int sizeOf(GapKind kind) {
        return kind == null ? gapCounts.values().stream().mapToInt(Integer::intValue).sum()
                : gapCounts.getOrDefault(kind, 0);
    }

    /// One block of the gaps shown now, read with plain values (see {@link BlockReader}).
    private Callable<List<GapRow>> readBlock(int block) {
        RegisterService source = service;
        if (source == null || countedOn == null) {
            return null;
        }
        GapKind kind = kindFilter.get();
        Map<GapKind, Integer> counts = gapCounts;
        LocalDate today = countedOn;
        return () -> rows(source.gaps(kind, counts, block * PagedRows.BLOCK, PagedRows.BLOCK, today));
    }

    private static List<GapRow> rows(List<Gap> read) {
        return read.stream().map(GapRow::of).toList();
    }

    private static List<CountEntry> verdictEntries(DashboardCounts counts) {
        List<CountEntry> entries = new ArrayList<>();
        for (NhiVerdict v : NhiVerdict.values()) {
            addIfAny(entries, Messages.label(v), counts.verdict(v));
        }
        addIfAny(entries, Messages.get("register.notClassified"), counts.unclassified());
        return entries;
    }

    private static List<CountEntry> tierEntries(DashboardCounts counts) {
        List<CountEntry> entries = new ArrayList<>();
        for (RiskTier t : RiskTier.values()) {
            entries.add(new CountEntry(Messages.label(t), counts.tier(t)));
        }
        return entries;
    }

    private static List<CountEntry> statusEntries(DashboardCounts counts) {
        List<CountEntry> entries = new ArrayList<>();
        for (LifecycleStatus s : LifecycleStatus.values()) {
            entries.add(new CountEntry(Messages.label(s), counts.status(s)));
        }
        return entries;
    }

    private static void addIfAny(List<CountEntry> entries, String label, int count) {
        if (count > 0) {
            entries.add(new CountEntry(label, count));
        }
    }
}
