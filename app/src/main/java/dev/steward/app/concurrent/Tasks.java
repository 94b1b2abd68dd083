package dev.steward.app.concurrent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/// The one way Steward runs blocking work: off the UI thread, with success, failure and finally handlers back
/// on the UI thread, and a {@link TaskHandle} to cancel it.
///
/// The work gets everything it needs as values read on the UI thread before the task starts (a query, the
/// text of a field, a file): it never reads a property or a control itself. Every failure is logged here, at
/// WARN (ERROR when nobody handles it), so a handler only has to tell the user, through
/// {@link dev.steward.app.dialog.DialogService#showFailure}.
///
/// {@snippet :
/// SearchQuery asked = query.get();           // read on the UI thread
/// TaskHandle handle = Tasks.run(() -> service.block(asked, 0, 200))
///      .onSuccess(rows::show)
///      .onFailure(error -> dialogs.showFailure(title, error))
///      .andFinally(() -> busy.set(false))
///      .on(executor);
/// }
public final class Tasks<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private final Callable<T> work;
    private Lane lane = Lane.QUICK;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable andFinally = () -> { };
    private Runnable onCancel = () -> { };

    private Tasks(Callable<T> work) {
        this.work = work;
    }

    /// A short task (a read or a save).
    public static <T> Tasks<T> run(Callable<T> work) {
        return new Tasks<>(work);
    }

    /// A task that may run for minutes (an import, an export): it gets its own workers.
    public static <T> Tasks<T> longJob(Callable<T> work) {
        Tasks<T> task = new Tasks<>(work);
        task.lane = Lane.LONG;
        return task;
    }

    public Tasks<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /// Runs on the UI thread after the work threw; the failure is already logged.
    public Tasks<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public Tasks<T> andFinally(Runnable handler) {
        this.andFinally = handler;
        return this;
    }

    /// Runs at once, on the cancelling thread, when the task is cancelled: tells cooperative work to stop
    /// (e.g. {@link ProgressTracker#cancel()}, which an import checks between rows).
    public Tasks<T> onCancel(Runnable hook) {
        this.onCancel = hook;
        return this;
    }

    /// Starts the task.
    public TaskHandle on(UiExecutor executor) {
        Job<T> job = new Job<>(this, executor);
        executor.runInBackground(job);
        return job;
    }

    private static final class Job<T> implements BackgroundJob {
        private final Tasks<T> task;
        private final UiExecutor executor;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private volatile boolean done;

        Job(Tasks<T> task, UiExecutor executor) {
            this.task = task;
            this.executor = executor;
        }

        @Override
        public Lane lane() {
            return task.lane;
        }

        @Override
        public Object work() {
            return task.work;
        }

        @Override
        public void run() {
            if (cancelled.get()) {
                deliver(() -> { });
                return;
            }
            T result;
            try {
                result = task.work.call();
            } catch (Exception | Error e) {
                logged(e);
                deliver(() -> {
                    if (!cancelled.get() && task.onFailure != null) {
                        task.onFailure.accept(e);
                    }
                });
                return;
            }
            deliver(() -> {
                if (!cancelled.get()) {
                    task.onSuccess.accept(result);
                }
            });
        }

        private void logged(Throwable e) {
            if (cancelled.get() || e instanceof CancellationException) {
                LOG.info("Background task stopped: {}", e.toString());
            } else if (task.onFailure == null) {
                LOG.error("Background task failed and nobody handles it", e);
            } else {
                LOG.warn("Background task failed", e);
            }
        }

        private void deliver(Runnable outcome) {
            executor.runOnUiThread(() -> {
                try {
                    outcome.run();
                } finally {
                    try {
                        task.andFinally.run();
                    } finally {
                        done = true;
                    }
                }
            });
        }

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                task.onCancel.run();
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
