package dev.steward.app.paging;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/// Reads the blocks of a {@link PagedRows} that a table asks for, off the UI thread and one at a time: the
/// block asked for last first (where the user is now), at most a few waiting (a fast scroll asks for many it
/// leaves at once). A block that arrives after the rows were reset for another query is dropped.
///
/// Every method runs on the UI thread.
public final class BlockReader<T> {
    private static final int WAITING_BLOCKS = 8;

    private final PagedRows<T> rows;
    private final UiExecutor executor;
    private final Consumer<Throwable> failed;
    private final Runnable stored;
    private final Deque<Integer> wanted = new ArrayDeque<>();
    private final IntFunction<Callable<List<T>>> reads;
    private int reading = -1;

    /// @param idOf   a row's identity (see {@link PagedRows})
    /// @param reads  the work that reads one block, made on the UI thread from the current query; it runs on a
    ///               worker, so it holds plain values only. `null` while there is nothing to read from
    /// @param failed shows a read that failed
    /// @param stored told when a block arrived: redraw the rows
    public BlockReader(Class<T> type, ToLongFunction<T> idOf, IntFunction<Callable<List<T>>> reads,
                       UiExecutor executor, Consumer<Throwable> failed, Runnable stored) {
        this.rows = new PagedRows<>(this::want, type, idOf);
        this.reads = reads;
        this.executor = executor;
        this.failed = failed;
        this.stored = stored;
    }

    public PagedRows<T> rows() {
        return rows;
    }

    /// Replaces every row (see {@link PagedRows#reset}) and forgets the blocks asked for before.
    public void reset(int size, Map<Integer, List<T>> held) {
        wanted.clear();
        rows.reset(size, held);
    }

    private void want(int block) {
        wanted.remove(block);
        wanted.addLast(block);
        while (wanted.size() > WAITING_BLOCKS) {
            wanted.removeFirst();
        }
        executor.runOnUiThread(this::readNext);
    }

    private void readNext() {
        if (reading >= 0 || wanted.isEmpty()) {
            return;
        }
        int block = wanted.removeLast();
        Callable<List<T>> work = rows.holds(block) ? null : reads.apply(block);
        if (work == null) {
            readNext();
            return;
        }
        reading = block;
        long generation = rows.generation();
        Tasks.run(work)
                .onSuccess(fetched -> {
                    if (rows.store(generation, block, fetched)) {
                        stored.run();
                    }
                })
                .onFailure(failed::accept)
                .andFinally(() -> {
                    reading = -1;
                    readNext();
                })
                .on(executor);
    }
}
