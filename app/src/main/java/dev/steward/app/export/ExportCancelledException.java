package dev.steward.app.export;

import java.util.concurrent.CancellationException;

/// Thrown out of an export when its {@link ExportProgress} asked to cancel. It extends
/// {@link CancellationException} so a `Task` or `Future` wrapping the export treats it as a cancel,
/// not a failure.
public class ExportCancelledException extends CancellationException {
    public ExportCancelledException() {
        super("The export was cancelled.");
    }
}
