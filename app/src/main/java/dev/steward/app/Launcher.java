package dev.steward.app;

import dev.steward.app.cli.CliDispatch;
import dev.steward.app.cli.StewardCli;
import dev.steward.app.runtime.AppPaths;
import javafx.application.Application;

import java.util.List;

/// Entry point. A separate class from the {@link Application} so the app runs from the class path
/// without a module descriptor, and so the headless platform can be chosen before the toolkit loads.
///
/// A first argument naming a command ({@code classify}, {@code backup}, ...) or asking for help or the
/// version runs the command line instead, which never loads JavaFX; anything else starts the desktop app.
public final class Launcher {
    /// When this class was initialised, just before {@link #main}: the start the app's own timings count from.
    /// (`ProcessHandle`'s start instant is no use for that on Linux: it adds the process's start in ticks
    /// since boot to a boot time given in whole seconds, so it is up to a second early.)
    static final long MAIN_STARTED_NANOS = System.nanoTime();

    private Launcher() {
    }

    public static void main(String[] args) {
        if (CliDispatch.isCliInvocation(List.of(args))) {
            System.exit(StewardCli.run(args));
            return;
        }
        AppOptions options;
        try {
            options = AppOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("steward: " + e.getMessage());
            System.err.print(AppOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.sample()) {
            // before the toolkit starts: the window then opens on a register that already holds the sample
            SampleStart.loadIfEmpty(options.database() != null ? options.database() : AppPaths.defaultDatabase());
        }
        if (options.headless()) {
            System.setProperty("glass.platform", "Headless");
            System.setProperty("prism.order", "sw");
        }
        StewardApp.launchWith(options);
    }
}
