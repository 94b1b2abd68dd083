package dev.steward.app.concurrent;

import dev.steward.storage.Database;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/// The executor of view-model tests. The test's own thread plays the UI thread: results come back to it only
/// when it calls {@link #settle()}, as an FX thread runs them only when it is free. Background work runs on a
/// real second thread, and the executor fails the test when
///
/// - a task's work captures UI state (a view model, a property, a control: see {@link WorkCaptures}), so it
///   could read the screen's state from the worker;
/// - work is started, or a follow-up runs, anywhere but on the UI thread;
/// - a follow-up (a success, failure or finally handler, run on the UI thread) uses the database (after
///   {@link #guard(Database)}), which would freeze the window. The test's own setup and checks may use it.
///
/// Replaces running everything inline, which hid all three.
public final class CheckedExecutor implements UiExecutor {
    private static final Duration SETTLE_BOUND = Duration.ofSeconds(30);

    private final Thread uiThread = Thread.currentThread();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "test-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final BlockingQueue<Runnable> followUps = new LinkedBlockingQueue<>();
    private final AtomicInteger running = new AtomicInteger();
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final Gate gate = new Gate();
    private volatile boolean inFollowUp;

    @Override
    public void runInBackground(BackgroundJob job) {
        requireUiThread("a task was started");
        WorkCaptures.problems(job.work()).forEach(violations::add);
        running.incrementAndGet();
        Runnable ticket = gate.ticket();
        worker.execute(() -> {
            try {
                ticket.run();
                job.run();
            } catch (Throwable e) {
                violations.add("the worker failed outside the task: " + e);
            } finally {
                running.decrementAndGet();
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable work) {
        if (Thread.currentThread() == uiThread) {
            work.run();
        } else {
            followUps.add(work);
        }
    }

    @Override
    public boolean shutdown(Duration wait) {
        worker.shutdown();
        try {
            return worker.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /// Waits until all background work has ended and runs every follow-up on this (the UI) thread, including
    /// those of work the follow-ups started; then fails on anything a check found.
    public void settle() {
        requireUiThread("settle() was called");
        long deadline = System.nanoTime() + SETTLE_BOUND.toNanos();
        try {
            while (true) {
                Runnable next = followUps.poll(10, TimeUnit.MILLISECONDS);
                if (next != null) {
                    inFollowUp = true;
                    try {
                        next.run();
                    } finally {
                        inFollowUp = false;
                    }
                } else if (running.get() == 0 && followUps.isEmpty()) {
                    break;
                } else if (System.nanoTime() > deadline) {
                    throw new AssertionError("background work did not end within " + SETTLE_BOUND.toSeconds() + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while settling", e);
        }
        verify();
    }

    /// Work started from now on waits until {@link #release()}: the test can act while it is under way.
    public void hold() {
        gate.hold();
    }

    public void release() {
        gate.release();
    }

    /// Fails the test on any use of `db` by a follow-up on the UI thread.
    public CheckedExecutor guard(Database db) {
        ExecuteListener onUiThread = new ExecuteListener() {
            @Override
            public void start(ExecuteContext ctx) {
                if (inFollowUp && Thread.currentThread() == uiThread) {
                    String sql = ctx.sql() != null ? ctx.sql() : String.valueOf(ctx.query());
                    violations.add("a follow-up used the database on the UI thread: " + sql);
                    throw new IllegalStateException("database used on the UI thread");
                }
            }
        };
        var configuration = db.dsl().configuration();
        List<ExecuteListenerProvider> providers = new ArrayList<>(List.of(configuration.executeListenerProviders()));
        providers.add(new DefaultExecuteListenerProvider(onUiThread));
        configuration.set(providers.toArray(ExecuteListenerProvider[]::new));
        return this;
    }

    /// What the checks found so far, for tests of the checks themselves.
    public List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    private void verify() {
        List<String> found = violations();
        if (!found.isEmpty()) {
            violations.clear();
            throw new AssertionError("UI thread rules broken:\n" + String.join("\n", found));
        }
    }

    private void requireUiThread(String what) {
        if (Thread.currentThread() != uiThread) {
            violations.add(what + " on " + Thread.currentThread().getName() + ", not on the UI thread");
        }
    }
}
