package dev.steward.app.concurrent;

/// One task as an executor sees it: {@link #run()} does the work on the calling (worker) thread and hands the
/// outcome to {@link UiExecutor#runOnUiThread(Runnable)}.
public interface BackgroundJob extends Runnable, TaskHandle {
    Lane lane();

    /// What {@link #run()} calls, exposed so a test executor can check that it carries no UI state.
    Object work();
}
