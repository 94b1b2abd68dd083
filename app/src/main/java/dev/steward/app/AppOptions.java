package dev.steward.app;

import java.nio.file.Path;
import java.util.List;

/// Command-line options of the desktop app.
///
/// @param database where the H2 file lives; {@code null} means the per-user default
/// @param headless use JavaFX's headless platform (for smoke tests and CI; no window is drawn)
/// @param smoke    exit with status 0 as soon as the register has loaded (installer smoke test)
/// @param sample   load the sample register first when the register holds no integrations (a first look, and
///                 the start-up cache's training run, which needs rows to read)
public record AppOptions(Path database, boolean headless, boolean smoke, boolean sample) {

    public AppOptions(Path database, boolean headless, boolean smoke) {
        this(database, headless, smoke, false);
    }

    public static final String USAGE = """
            Usage: steward [--db PATH] [--sample] [--headless] [--smoke]
              --db PATH     database file to open (default: the per-user data directory),
                            or postgresql://host:port/database for a team register
              --sample      load the sample register first if the register has no integrations
              --headless    run without a display (JavaFX headless platform)
              --smoke       exit once the register has loaded (for installer checks)
            """;

    /// @throws IllegalArgumentException with a message naming the bad argument
    public static AppOptions parse(List<String> args) {
        Path db = null;
        boolean headless = false;
        boolean smoke = false;
        boolean sample = false;
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
                case "--sample" -> sample = true;
                default -> {
                    if (arg.startsWith("--db=")) {
                        db = Path.of(arg.substring("--db=".length()));
                    } else {
                        throw new IllegalArgumentException("Unknown option '" + arg + "'.");
                    }
                }
            }
        }
        return new AppOptions(db, headless, smoke, sample);
    }
}
