package dev.steward.app.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/// The production executor for UI tests, with two additions: work can be held back until the test releases
/// it (so the test can act on the screen while the work is under way), and the UI state a task's work
/// captures is recorded ({@link WorkCaptures}).
public final class HeldFxExecutor implements UiExecutor {
    private final FxUiExecutor real = new FxUiExecutor();
    private final List<String> captures = Collections.synchronizedList(new ArrayList<>());
    private final Gate gate = new Gate();

    @Override
    public void runInBackground(BackgroundJob job) {
        captures.addAll(WorkCaptures.problems(job.work()));
        Runnable ticket = gate.ticket();
        real.runInBackground(new BackgroundJob() {
            @Override
            public void run() {
                ticket.run();
                job.run();
            }

            @Override
            public Lane lane() {
                return job.lane();
            }

            @Override
            public Object work() {
                return job.work();
            }

            @Override
            public void cancel() {
                job.cancel();
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }

            @Override
            public boolean isDone() {
                return job.isDone();
            }
        });
    }

    @Override
    public void runOnUiThread(Runnable work) {
        real.runOnUiThread(work);
    }

    @Override
    public boolean shutdown(Duration wait) {
        gate.release();
        return real.shutdown(wait);
    }

    /// Work started from now on waits until {@link #release()}.
    public void hold() {
        gate.hold();
    }

    public void release() {
        gate.release();
    }

    public List<String> captures() {
        synchronized (captures) {
            return List.copyOf(captures);
        }
    }
}
