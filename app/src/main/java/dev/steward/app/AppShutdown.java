package dev.steward.app;

import dev.steward.app.concurrent.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/// The order in which the app stops: background work first (cancelled, then waited for, within a bound),
/// the database after. The other way round, a save or an import still running met a closed database and
/// failed half-way, and what it had told the user it would write was lost.
final class AppShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(AppShutdown.class);
    /// Long enough for a cancelled import to roll back, short enough that quitting never seems to hang.
    static final Duration WORK_BOUND = Duration.ofSeconds(10);

    private AppShutdown() {
    }

    /// Stops `executor`, waiting up to `bound` for running work, then runs `closeDatabase`.
    static void stopWorkThenClose(UiExecutor executor, Duration bound, Runnable closeDatabase) {
        if (executor != null && !executor.shutdown(bound)) {
            LOG.warn("Closing the database although background work did not end within {} s", bound.toSeconds());
        }
        closeDatabase.run();
    }
}
