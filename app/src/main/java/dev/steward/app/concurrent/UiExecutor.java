package dev.steward.app.concurrent;

import java.time.Duration;

/// Where background work and its UI follow-up run. Production: two pools of worker threads (one per
/// {@link Lane}) and the FX thread. Tests use an executor that runs work on a real second thread and checks
/// that it never touches UI state.
public interface UiExecutor {
    /// Runs `job` on a worker of its lane, some time later.
    void runInBackground(BackgroundJob job);

    void runOnUiThread(Runnable work);

    /// Stops taking work, cancels every task that has not ended, and waits up to `wait` for running work to
    /// end (an import rolls back). Call it before closing the database the work uses.
    ///
    /// @return true when all work ended in time
    boolean shutdown(Duration wait);
}
