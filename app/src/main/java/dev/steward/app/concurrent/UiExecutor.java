package dev.steward.app.concurrent;

/// Where background work and its UI follow-up run. Production: a worker pool and the FX thread.
/// Tests may run both on the calling thread, which makes asynchronous flows deterministic.
public interface UiExecutor {
    void runInBackground(Runnable work);

    void runOnUiThread(Runnable work);
}
