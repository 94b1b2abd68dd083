package dev.steward.app;

import java.nio.file.Path;
import java.util.List;

/// Command-line options of the desktop app.
///
/// @param database where the H2 file lives; {@code null} means the per-user default
/// @param headless use JavaFX's headless platform (for smoke tests and CI; no window is drawn)
/// @param smoke    exit with status 0 as soon as the register has loaded (installer smoke test)
public record AppOptions(Path database, boolean headless, boolean smoke) {

    public static final String USAGE = """
            Usage: steward [--db PATH] [--headless] [--smoke]
              --db PATH     database file to open (default: the per-user data directory),
                            or postgresql://host:port/database for a team register
              --headless    run without a display (JavaFX headless platform)
              --smoke       exit once the register has loaded (for installer checks)
            """;

    /// @throws IllegalArgumentException with a message naming the bad argument
    public static AppOptions parse(List<String> args) {
        Path db = null;
        boolean headless = false;
        boolean smoke = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--db" -> {
                    if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
                        throw new IllegalArgumentException("--db needs a file path, e.g. --db ~/steward/register");
                    }
                    db = Path.of(args.get(++i));
                }
                case "--headless" -> headless = true;
                case "--smoke" -> smoke = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        db = Path.of(arg.substring("--db=".length()));
                    } else {
                        throw new IllegalArgumentException("Unknown option '" + arg + "'.");
                    }
                }
            }
        }
        return new AppOptions(db, headless, smoke);
    }
}
