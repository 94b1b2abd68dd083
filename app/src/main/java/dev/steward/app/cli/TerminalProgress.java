package dev.steward.app.cli;

import dev.steward.model.csv.ProgressMonitor;

import java.io.PrintWriter;

/// A percentage on standard error while a long import or export runs, redrawn in place. Only for a person
/// watching a terminal: in a pipe, a log or CI the carriage returns would be noise, so it then reports nothing.
final class TerminalProgress implements ProgressMonitor {
    private final PrintWriter err;
    private final String label;
    private int shown = -1;

    private TerminalProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /// A monitor printing `label: NN%` to `err` when standard error is a terminal, otherwise {@link #NONE}.
    static ProgressMonitor on(PrintWriter err, String label) {
        // Since JDK 22 System.console() exists even when redirected; isTerminal() says whether a person is there.
        java.io.Console console = System.console();
        return console != null && console.isTerminal() ? new TerminalProgress(err, label) : NONE;
    }

    @Override
    public void progress(long done, long total) {
        if (total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != shown) {
            shown = percent;
            err.print("\r" + label + ": " + percent + "%" + (percent == 100 ? "\n" : ""));
            err.flush();
        }
    }
}
