package dev.steward.app.concurrent;

import javafx.application.Platform;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/// Runs work on daemon worker threads and hands results back on the JavaFX application thread.
public final class FxUiExecutor implements UiExecutor {
    private final AtomicInteger counter = new AtomicInteger();
    // two workers: one long task (import, export) must not block a quick save
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "steward-worker-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public void runInBackground(Runnable work) {
        workers.execute(work);
    }

    @Override
    public void runOnUiThread(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    public void shutdown() {
        workers.shutdown();
    }
}
