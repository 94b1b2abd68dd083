package dev.steward.app.queue;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.i18n.Messages;
import dev.steward.app.paging.BlockReader;
import dev.steward.app.paging.PagedRows;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.service.attestation.ReviewQueueSnapshot;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.ReviewQueueCounts;
import dev.steward.storage.ReviewQueueQuery;
import dev.steward.storage.ReviewQueueRow;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/// The review queue: attestations waiting for a manager, returned ones waiting for a reviewer, and signed ones
/// that are stale, expired or coming due. Filters by category, by how far ahead "coming due" looks, and by
/// text. Imports nothing from javafx.scene so it is tested without a toolkit.
///
/// The queue is asked of the database ({@link RegisterService#reviewQueue}, issue 17), never held whole: a read
/// brings the counts of every category (the summary line), the counts of the rows the search text lets through
/// (the list's size) and the first block; further blocks are read when the table shows them ({@link PagedRows}).
/// Picking a category only resizes the list from those counts; a new text or window reads again. One read runs
/// at a time: changes made meanwhile (typing) are gathered into one read when it ends.
public final class ReviewQueueViewModel {
    private final Clock clock;
    private final Consumer<QueueRow> opener;
    private final UiExecutor executor;
    private final Consumer<Throwable> failed;
    private final BlockReader<QueueRow> blocks;
    /// {@code null} shows every category
    private final ObjectProperty<QueueCategory> category = new SimpleObjectProperty<>();
    private final IntegerProperty dueWithinDays = new SimpleIntegerProperty(30);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rowsRevision = new ReadOnlyIntegerWrapper();
    private RegisterService service;
    /// the query (every category) and counts the rows were read for; `null` before the first read
    private ReviewQueueQuery shown;
    private ReviewQueueCounts matching = ReviewQueueCounts.NONE;
    private boolean reading;
    private boolean readAgain;

    /// @param opener opens the attestation behind a row (for one waiting for a manager: at its sign-off)
    /// @param failed shows a read that failed
    public ReviewQueueViewModel(Clock clock, Consumer<QueueRow> opener, UiExecutor executor,
                                Consumer<Throwable> failed) {
        this.clock = clock;
        this.opener = opener;
        this.executor = executor;
        this.failed = failed;
        this.blocks = new BlockReader<>(QueueRow.class, QueueRow::attestationId, this::readBlock, executor, failed,
                () -> rowsRevision.set(rowsRevision.get() + 1));
        category.addListener((obs, old, now) -> showCategory());
        search.addListener((obs, old, now) -> read());
        dueWithinDays.addListener((obs, old, now) -> read());
    }

    /// The rows of the chosen category and text, in the queue's order; a row not read yet is `null` until its
    /// block arrives.
    public ObservableList<QueueRow> visibleRows() {
        return blocks.rows();
    }

    /// Changes whenever rows of {@link #visibleRows()} got their data: redraw them.
    public ReadOnlyIntegerProperty rowsRevisionProperty() {
        return rowsRevision.getReadOnlyProperty();
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

    /// Reads the queue again from `source`, off the UI thread.
    public void refresh(RegisterService source) {
        service = source;
        read();
    }

    public void open(QueueRow row) {
        if (row != null) {
            opener.accept(row);
        }
    }

    private void read() {
        RegisterService source = service;
        if (source == null) {
            return;
        }
        if (reading) {
            readAgain = true;
            return;
        }
        reading = true;
        ReviewQueueQuery query = ReviewQueueQuery.of(clock.instant(), dueWithinDays.get()).withText(search.get());
        QueueCategory wanted = category.get();
        Tasks.run(() -> source.reviewQueue(query.withCategory(wanted), PagedRows.BLOCK))
                .onSuccess(snapshot -> {
                    if (!readAgain) {
                        show(query, wanted, snapshot);
                    }
                })
                .onFailure(failed::accept)
                .andFinally(() -> {
                    reading = false;
                    if (readAgain) {
                        readAgain = false;
                        read();
                    }
                })
                .on(executor);
    }

    private void show(ReviewQueueQuery query, QueueCategory wanted, ReviewQueueSnapshot snapshot) {
        shown = query;
        matching = snapshot.matching();
        summary.set(summaryOf(snapshot.all()));
        if (wanted == category.get()) {
            blocks.reset(matching.of(wanted), Map.of(0, rows(snapshot.firstPage())));
        } else {
            showCategory();
        }
    }

    /// The category changed: the list gets its size from the counts, and its rows are read as they are shown.
    private void showCategory() {
        if (shown != null) {
            blocks.reset(matching.of(category.get()), Map.of());
        }
    }

    /// One block of the rows shown now, read with plain values (see {@link BlockReader}).
    private Callable<List<QueueRow>> readBlock(int block) {
        RegisterService source = service;
        if (source == null || shown == null) {
            return null;
        }
        ReviewQueueQuery query = shown.withCategory(category.get());
        ReviewQueueCounts counts = matching;
        return () -> rows(source.reviewQueuePage(query, counts, block * PagedRows.BLOCK, PagedRows.BLOCK));
    }

    private static List<QueueRow> rows(List<ReviewQueueRow> read) {
        return read.stream().map(QueueRow::of).toList();
    }

    private static String summaryOf(ReviewQueueCounts counts) {
        if (counts.total() == 0) {
            return Messages.get("queue.empty");
        }
        Map<QueueCategory, Integer> by = counts.byCategory();
        int due = by.get(QueueCategory.STALE) + by.get(QueueCategory.EXPIRED) + by.get(QueueCategory.DUE_SOON);
        return Messages.format("queue.summary", by.get(QueueCategory.AWAITING_SIGNATURE),
                by.get(QueueCategory.RETURNED), due);
    }
}
