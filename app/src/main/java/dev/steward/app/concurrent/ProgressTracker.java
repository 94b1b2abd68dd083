package dev.steward.app.concurrent;

import dev.steward.model.csv.ProgressMonitor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/// Progress and cancellation of the one long-running job a window runs at a time (an import, an export).
///
/// The background side sees a {@link ProgressMonitor}; the UI side binds a progress bar and a Cancel button to
/// the properties here. Updates from the worker are coalesced so a million-row import does not flood the UI
/// thread: at most one pending update at a time.
public final class ProgressTracker {
    private final UiExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean updatePending = new AtomicBoolean();
    private final AtomicLong latestDone = new AtomicLong();
    private final AtomicLong latestTotal = new AtomicLong(-1);

    public ProgressTracker(UiExecutor executor) {
        this.executor = executor;
    }

    /// Call on the UI thread before handing {@link #monitor()} to background work.
    ///
    /// @throws IllegalStateException when a job is already running
    public ProgressMonitor start(String what) {
        if (running.get()) {
            throw new IllegalStateException("A job is already running: " + message.get());
        }
        cancelled.set(false);
        latestDone.set(0);
        latestTotal.set(-1);
        progress.set(-1);
        message.set(what);
        running.set(true);
        return monitor();
    }

    /// Call on the UI thread when the job has ended, however it ended.
    public void finish() {
        running.set(false);
        progress.set(-1);
        message.set("");
    }

    /// Asks the running job to stop; it rolls back and leaves nothing behind.
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /// 0…1, or -1 while the total is unknown (an indeterminate bar).
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private ProgressMonitor monitor() {
        return new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                latestDone.set(done);
                latestTotal.set(total);
                if (updatePending.compareAndSet(false, true)) {
                    executor.runOnUiThread(() -> {
                        updatePending.set(false);
                        long t = latestTotal.get();
                        progress.set(t <= 0 ? -1 : Math.min(1.0, (double) latestDone.get() / t));
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}
