package dev.steward.app.team;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.service.RegisterServices;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Keeps a window on a team register current: a change someone else commits (or a reconnect of the
/// live-update connection, after which notices may have been missed) runs `refresh` on the UI thread.
///
/// Notices arrive one per writing transaction; an import by a colleague sends many within a second, so they
/// are gathered: the first notice starts a pause of {@link #QUIET}, notices during it join it, and when it
/// ends the window refreshes once. The pause is never restarted by later notices, so a team that keeps saving
/// (one commit every few hundred milliseconds, for minutes) still sees the table, dashboard and queue follow
/// within about half a second of each change, not only once everyone stops.
public final class LiveRefresh implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRefresh.class);
    static final Duration QUIET = Duration.millis(400);

    private final AutoCloseable watch;
    private volatile boolean closed;

    private LiveRefresh(RegisterServices services, UiExecutor executor, Runnable refresh) {
        PauseTransition pause = new PauseTransition(QUIET);
        pause.setOnFinished(e -> {
            if (!closed) {
                refresh.run();
            }
        });
        Runnable soon = () -> executor.runOnUiThread(() -> {
            if (pause.getStatus() != Animation.Status.RUNNING) {
                pause.playFromStart();
            }
        });
        this.watch = services.watchChanges(by -> soon.run(), () -> {
            LOG.info("Live updates reconnected: refreshing everything");
            soon.run();
        });
    }

    /// Starts watching; for a register file nothing is ever refreshed (nobody else writes it).
    public static LiveRefresh start(RegisterServices services, UiExecutor executor, Runnable refresh) {
        return new LiveRefresh(services, executor, refresh);
    }

    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (Exception e) {
            LOG.warn("Stopping live updates failed", e);
        }
    }
}
