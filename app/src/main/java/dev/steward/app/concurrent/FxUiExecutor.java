package dev.steward.app.concurrent;

import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/// Runs work on daemon worker threads and hands results back on the JavaFX application thread.
///
/// Each {@link Lane} has its own pool: {@link Lane#LONG} two threads (an import and an export at once),
/// {@link Lane#QUICK} three (table paging, a save and a dashboard read at once). So however many long jobs
/// run, the next block of table rows is fetched at once.
public final class FxUiExecutor implements UiExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(FxUiExecutor.class);
    static final int QUICK_THREADS = 3;
    static final int LONG_THREADS = 2;

    private final Map<Lane, ExecutorService> pools = new EnumMap<>(Lane.class);
    private final Set<BackgroundJob> live = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public FxUiExecutor() {
        pools.put(Lane.QUICK, pool("steward-quick-", QUICK_THREADS));
        pools.put(Lane.LONG, pool("steward-long-", LONG_THREADS));
    }

    private static ExecutorService pool(String prefix, int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void runInBackground(BackgroundJob job) {
        if (stopping) {
            LOG.info("Shutting down: a background task was not started");
            job.cancel();
            return;
        }
        live.add(job);
        try {
            pools.get(job.lane()).execute(() -> {
                try {
                    if (stopping) {
                        // shutdown began after it was queued: it must not start (run() sees the cancel)
                        job.cancel();
                    }
                    job.run();
                } finally {
                    live.remove(job);
                }
            });
        } catch (RejectedExecutionException e) {
            live.remove(job);
            LOG.info("Shutting down: a background task was not started");
            job.cancel();
        }
    }

    @Override
    public void runOnUiThread(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
            return;
        }
        try {
            Platform.runLater(work);
        } catch (IllegalStateException e) {
            // the toolkit has exited: nobody is left to show the outcome
            LOG.info("The UI has closed; an outcome of background work was dropped");
        }
    }

    @Override
    public boolean shutdown(Duration wait) {
        stopping = true;
        live.forEach(BackgroundJob::cancel);
        pools.values().forEach(ExecutorService::shutdown);
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            for (ExecutorService pool : pools.values()) {
                long left = Math.max(0, deadline - System.nanoTime());
                if (!pool.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                    LOG.warn("Background work still running after {} s at shutdown", wait.toSeconds());
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
