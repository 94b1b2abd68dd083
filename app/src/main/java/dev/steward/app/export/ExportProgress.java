package dev.steward.app.export;

/// Progress of a running export and the way to stop it. Exports call {@link #worked} between steps and
/// {@link #checkCancelled()} before each, so a UI task can show a bar and honour its cancel button
/// without the export knowing about JavaFX.
public interface ExportProgress {
    /// Progress that is ignored and never cancels.
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /// `done` of `total` steps are finished.
    void worked(long done, long total);

    /// True once the caller wants the export to stop.
    boolean isCancelled();

    /// @throws ExportCancelledException when {@link #isCancelled()}
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ExportCancelledException();
        }
    }

    /// Reports a step and then checks for cancellation: the usual call between two sections.
    default void step(long done, long total) {
        worked(done, total);
        checkCancelled();
    }
}
