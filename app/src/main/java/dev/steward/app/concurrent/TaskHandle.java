package dev.steward.app.concurrent;

/// A running (or waiting) background task, as its starter sees it.
public interface TaskHandle {
    /// Asks the task to stop. Work not started yet never starts; work already running is asked through its
    /// cancel hook (an import checks it between rows) and its result is dropped: neither the success nor the
    /// failure handler runs, only the finally handler, once the work has really ended. Threads are never
    /// interrupted, since an interrupt closes the database file under H2. Calling it again does nothing.
    void cancel();

    boolean isCancelled();

    /// True once the work and its finally handler have ended, however they ended.
    boolean isDone();
}
