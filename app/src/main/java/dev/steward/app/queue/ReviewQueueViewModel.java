package dev.steward.app.queue;

import dev.steward.app.i18n.Messages;
import dev.steward.service.attestation.AttestationSummary;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/// The review queue: attestations waiting for a manager, returned ones waiting for a reviewer, and signed ones
/// that are stale, expired or coming due. Filters by category, by how far ahead "coming due" looks, and by
/// text. Imports nothing from javafx.scene so it is tested without a toolkit.
public final class ReviewQueueViewModel {
    private final Clock clock;
    private final Consumer<QueueRow> opener;
    private final List<AttestationSummary> source = new ArrayList<>();
    private Map<String, String> displayNames = Map.of();
    private final ObservableList<QueueRow> rows = FXCollections.observableArrayList();
    private final FilteredList<QueueRow> visible = new FilteredList<>(rows);
    /// {@code null} shows every category
    private final ObjectProperty<QueueCategory> category = new SimpleObjectProperty<>();
    private final IntegerProperty dueWithinDays = new SimpleIntegerProperty(30);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    /// @param opener opens the attestation behind a row (for one waiting for a manager: at its sign-off)
    public ReviewQueueViewModel(Clock clock, Consumer<QueueRow> opener) {
        this.clock = clock;
        this.opener = opener;
        category.addListener((obs, old, now) -> filter());
        search.addListener((obs, old, now) -> filter());
        dueWithinDays.addListener((obs, old, now) -> rebuild());
    }

    public FilteredList<QueueRow> visibleRows() {
        return visible;
    }

    public ObjectProperty<QueueCategory> categoryProperty() {
        return category;
    }

    /// How many days ahead a signed attestation counts as coming due (1 to 365).
    public IntegerProperty dueWithinDaysProperty() {
        return dueWithinDays;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /// "2 waiting for a manager · 1 returned · 3 stale, expired or coming due"
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// Replaces the queue's contents with the newest attestation of each integration.
    public void update(Collection<AttestationSummary> latest) {
        update(latest, Map.of());
    }

    /// @param displayNames username → display name, so "By" names people as the rest of the app does; a
    ///                     username missing from it is shown as it is
    public void update(Collection<AttestationSummary> latest, Map<String, String> displayNames) {
        this.displayNames = Map.copyOf(displayNames);
        source.clear();
        source.addAll(latest);
        rebuild();
    }

    public void open(QueueRow row) {
        if (row != null) {
            opener.accept(row);
        }
    }

    private void rebuild() {
        Instant now = clock.instant();
        Instant horizon = now.plus(Duration.ofDays(Math.clamp(dueWithinDays.get(), 1, 365)));
        List<QueueRow> built = new ArrayList<>();
        for (AttestationSummary a : source) {
            QueueRow row = switch (a.state()) {
                case SUBMITTED -> row(QueueCategory.AWAITING_SIGNATURE, a, person(a.submittedBy()), a.submittedAt(), "");
                case RETURNED -> row(QueueCategory.RETURNED, a, person(a.returnedBy()), a.returnedAt(), a.returnComment());
                case STALE -> row(QueueCategory.STALE, a, a.signerName(), a.staleAt(), "");
                case SIGNED -> a.expiresAt() == null || a.expiresAt().isAfter(horizon) ? null
                        : row(a.expiresAt().isAfter(now) ? QueueCategory.DUE_SOON : QueueCategory.EXPIRED,
                        a, a.signerName(), a.expiresAt(), "");
                case DRAFT -> null;
            };
            if (row != null) {
                built.add(row);
            }
        }
        built.sort(Comparator.comparing(QueueRow::category)
                .thenComparing(QueueRow::since, Comparator.nullsLast(Comparator.naturalOrder())));
        rows.setAll(built);
        Map<QueueCategory, Integer> counts = new EnumMap<>(QueueCategory.class);
        built.forEach(r -> counts.merge(r.category(), 1, Integer::sum));
        int due = counts.getOrDefault(QueueCategory.STALE, 0) + counts.getOrDefault(QueueCategory.EXPIRED, 0)
                + counts.getOrDefault(QueueCategory.DUE_SOON, 0);
        summary.set(built.isEmpty() ? Messages.get("queue.empty") : Messages.format("queue.summary",
                counts.getOrDefault(QueueCategory.AWAITING_SIGNATURE, 0),
                counts.getOrDefault(QueueCategory.RETURNED, 0), due));
        filter();
    }

    /// Submitter and returner are stored as usernames; the signer already as the name frozen into the signature.
    private String person(String username) {
        return username == null ? null : displayNames.getOrDefault(username, username);
    }

    private static QueueRow row(QueueCategory category, AttestationSummary a, String who, Instant since, String detail) {
        return new QueueRow(category, a, Messages.label(category), who == null ? "" : who, since,
                detail == null ? "" : detail);
    }

    private void filter() {
        QueueCategory wanted = category.get();
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(row -> (wanted == null || row.category() == wanted)
                && (text.isEmpty() || (row.integration() + "\n" + row.who() + "\n" + row.detail())
                .toLowerCase(Locale.ROOT).contains(text)));
    }
}
