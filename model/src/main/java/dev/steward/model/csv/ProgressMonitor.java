package dev.steward.model.csv;

import java.util.concurrent.CancellationException;

/// How long-running imports and exports report progress and learn that the user cancelled.
///
/// A UI adapts its background task to this (progress → `updateProgress`, `isCancelled` → the task's flag);
/// a command line may print. Work that sees a cancellation throws {@link CancellationException} and leaves
/// nothing behind.
@FunctionalInterface
public interface ProgressMonitor {
    /// Reports nothing and never cancels.
    ProgressMonitor NONE = (done, total) -> { };

    /// @param done  units done so far (rows, or bytes while reading a file)
    /// @param total units in all, or -1 when unknown
    void progress(long done, long total);

    default boolean isCancelled() {
        return false;
    }

    /// @throws CancellationException when {@link #isCancelled()}
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancellationException("Cancelled by the user");
        }
    }
}
