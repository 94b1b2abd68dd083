package dev.steward.app.concurrent;

/// Runs everything at once on the calling thread: for view-model tests.
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }

    @Override
    public void runOnUiThread(Runnable work) {
        work.run();
    }
}
