package dev.steward.app.concurrent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/// The production pools, without a UI (outcomes for the FX thread are dropped): what runs when.
class FxUiExecutorTest {
    /// generous: only a hang fails
    private static final long BOUND_SECONDS = 30;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdown(Duration.ofSeconds(BOUND_SECONDS));
    }

    @Test
    void theNextBlockOfRowsIsReadWhileAnImportAndAnExportRun() throws Exception {
        CountDownLatch longJobsRunning = new CountDownLatch(FxUiExecutor.LONG_THREADS);
        for (int i = 0; i < FxUiExecutor.LONG_THREADS + 1; i++) {
            Tasks.longJob(() -> {
                longJobsRunning.countDown();
                // longer than the quick work is given, so a shared pool cannot free a thread in time
                return release.await(BOUND_SECONDS * 4, TimeUnit.SECONDS);
            }).on(executor);
        }
        assertThat(longJobsRunning.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();

        CountDownLatch paged = new CountDownLatch(FxUiExecutor.QUICK_THREADS);
        for (int i = 0; i < FxUiExecutor.QUICK_THREADS; i++) {
            Tasks.run(() -> {
                paged.countDown();
                return null;
            }).on(executor);
        }
        assertThat(paged.await(BOUND_SECONDS, TimeUnit.SECONDS)).as("quick work is not queued behind long jobs").isTrue();
    }

    @Test
    void shutdownCancelsWaitingWorkAndWaitsForRunningWork() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelRequested = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean waitingRan = new AtomicBoolean();
        TaskHandle running = Tasks.run(() -> {
            started.countDown();
            // an import checks for cancel between rows, then rolls back
            cancelRequested.await(BOUND_SECONDS, TimeUnit.SECONDS);
            finished.set(true);
            return null;
        }).onCancel(cancelRequested::countDown).on(executor);
        assertThat(started.await(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < FxUiExecutor.QUICK_THREADS; i++) {
            Tasks.run(() -> release.await(BOUND_SECONDS, TimeUnit.SECONDS)).onCancel(release::countDown).on(executor);
        }
        TaskHandle waiting = Tasks.run(() -> {
            waitingRan.set(true);
            return null;
        }).on(executor);

        assertThat(executor.shutdown(Duration.ofSeconds(BOUND_SECONDS))).isTrue();
        assertThat(running.isCancelled()).isTrue();
        assertThat(finished).as("running work ended before shutdown returned").isTrue();
        assertThat(waiting.isCancelled()).isTrue();
        assertThat(waitingRan).as("waiting work never started").isFalse();

        AtomicBoolean late = new AtomicBoolean();
        TaskHandle afterwards = Tasks.run(() -> late.getAndSet(true)).on(executor);
        assertThat(afterwards.isCancelled()).isTrue();
        assertThat(late).isFalse();
    }
}
