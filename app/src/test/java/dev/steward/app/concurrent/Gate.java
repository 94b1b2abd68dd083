package dev.steward.app.concurrent;

import java.util.concurrent.CountDownLatch;

/// Holds background work back while a test acts on what the screen shows meanwhile.
final class Gate {
    private volatile CountDownLatch latch;

    /// Work that {@link #ticket() takes a ticket} from now on waits until {@link #release()}.
    void hold() {
        latch = new CountDownLatch(1);
    }

    void release() {
        CountDownLatch held = latch;
        latch = null;
        if (held != null) {
            held.countDown();
        }
    }

    /// Taken when work is submitted; the worker runs {@link Runnable#run()} on it before the work.
    Runnable ticket() {
        CountDownLatch held = latch;
        return () -> {
            if (held == null) {
                return;
            }
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
