package dev.steward.app.cli;

import java.util.List;
import java.util.Set;

/// Decides whether a start of Steward is a command-line run. Kept free of picocli types so the
/// launcher can ask without loading the command classes.
public final class CliDispatch {
    /// The subcommand words of {@link StewardCli}; a test keeps this in step with the commands.
    static final Set<String> COMMANDS = Set.of("classify", "import", "export", "verify", "verify-log", "checkpoint", "keys", "encrypt", "decrypt",
            "backup", "restore", "compact", "discover", "campaign", "verify-campaign", "team", "help");
    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("--help", "-h", "--version", "-V");

    private CliDispatch() {
    }

    /// True when the first argument is a subcommand word or a help/version option; everything else
    /// (no arguments, {@code --db}, {@code --headless}, {@code --smoke}) starts the desktop app.
    public static boolean isCliInvocation(List<String> args) {
        if (args.isEmpty()) {
            return false;
        }
        String first = args.getFirst();
        return COMMANDS.contains(first) || TOP_LEVEL_OPTIONS.contains(first);
    }
}
