package dev.steward.app.dashboard;

import dev.steward.app.i18n.Messages;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.dashboard.AttestationStanding;
import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.Gap;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.dashboard.GapRules;
import dev.steward.model.dashboard.Rating;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/// State of the dashboard: chart counts and the gaps list, recomputed from what the register has loaded, so the
/// dashboard never disagrees with the table. Imports nothing from javafx.scene so it is tested without a toolkit.
public final class DashboardViewModel {
    private final Clock clock;
    private final LongConsumer opener;
    private final ObservableList<CountEntry> byVerdict = FXCollections.observableArrayList();
    private final ObservableList<CountEntry> byTier = FXCollections.observableArrayList();
    private final ObservableList<CountEntry> byStatus = FXCollections.observableArrayList();
    private final ObservableList<GapRow> gaps = FXCollections.observableArrayList();
    private final FilteredList<GapRow> visibleGaps = new FilteredList<>(gaps);
    /// {@code null} shows every kind of gap
    private final ObjectProperty<GapKind> kindFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);

    /// @param opener opens an integration by id (the drill-down from a gap)
    public DashboardViewModel(Clock clock, LongConsumer opener) {
        this.clock = clock;
        this.opener = opener;
        kindFilter.addListener((obs, old, kind) -> visibleGaps.setPredicate(
                kind == null ? null : row -> row.gap().kind() == kind));
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

    public FilteredList<GapRow> visibleGaps() {
        return visibleGaps;
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

    /// Recomputes everything from the register's current contents.
    ///
    /// @param standings latest attestation per integration id; missing means never attested
    public void update(Collection<Integration> integrations, Collection<Person> people,
                       Map<Long, Rating> classifications, Map<Long, AttestationStanding> standings) {
        update(integrations, people, classifications, standings, List.of());
    }

    /// As above, with gaps found elsewhere: unconfirmed successions ({@link dev.steward.model.dashboard.SuccessionGaps}),
    /// which leave their integrations ownerless until someone confirms them.
    public void update(Collection<Integration> integrations, Collection<Person> people,
                       Map<Long, Rating> classifications, Map<Long, AttestationStanding> standings,
                       List<Gap> otherGaps) {
        DashboardCounts counts = DashboardCounts.of(integrations, classifications);
        byVerdict.setAll(verdictEntries(counts));
        byTier.setAll(tierEntries(counts));
        byStatus.setAll(statusEntries(counts));

        Map<Long, Person> byId = new java.util.HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        LocalDate today = LocalDate.now(clock);
        List<GapRow> rows = new ArrayList<>();
        for (Integration i : integrations) {
            for (Gap gap : GapRules.find(i, byId, standings.get(i.id()), today)) {
                rows.add(GapRow.of(gap));
            }
        }
        otherGaps.forEach(gap -> rows.add(GapRow.of(gap)));
        rows.sort((a, b) -> {
            int byKind = a.gap().kind().compareTo(b.gap().kind());
            return byKind != 0 ? byKind : a.integration().compareToIgnoreCase(b.integration());
        });
        gaps.setAll(rows);
        long affected = rows.stream().mapToLong(GapRow::integrationId).distinct().count();
        summary.set(rows.isEmpty() ? Messages.get("dashboard.gaps.none")
                : Messages.format("dashboard.gaps.summary", rows.size(), affected));
        empty.set(integrations.isEmpty());
    }

    /// Drill-down: opens the record behind a gap.
    public void open(GapRow row) {
        if (row != null) {
            opener.accept(row.integrationId());
        }
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
