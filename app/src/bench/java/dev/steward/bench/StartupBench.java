package dev.steward.bench;

import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/// JVM start to first window, and to the register's data loaded, with a register of 10,000 integrations;
/// against a bare JavaFX window started the same way. Runs alternate between the two so both see the same
/// machine load; the median of each is reported.
final class StartupBench {
    private static final List<String> JVM = List.of("-Dglass.platform=Headless", "-Dprism.order=sw",
            "-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
            "-Dsteward.prefsNode=dev/steward/bench", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");

    private StartupBench() {
    }

    /// The README's run command (`./steward`, with its AOT cache) and the jpackage app image's launcher when
    /// it was built (`./mvnw25 -Pdist -pl installers -am verify`), each opening the register headless and
    /// exiting once it is shown (`--smoke`).
    private static List<List<String>> launchers(BenchConfig config, Path register) {
        List<List<String>> launchers = new java.util.ArrayList<>();
        Path root = Path.of(System.getProperty("bench.root", ".."));
        List<String> smoke = List.of("--headless", "--smoke", "--db", register.toAbsolutePath().toString());
        for (Path launcher : List.of(root.resolve("steward"), root.resolve("installers/target/dist/Steward/bin/Steward"))) {
            if (java.nio.file.Files.isExecutable(launcher)) {
                List<String> command = new java.util.ArrayList<>(List.of(launcher.toAbsolutePath().normalize().toString()));
                command.addAll(smoke);
                launchers.add(command);
            }
        }
        return launchers;
    }

    static void run(BenchConfig config, Results results) {
        int records = config.startupRecords();
        Path dir = config.out().resolve("data");
        double snapshot;
        try (Database db = BenchData.freshRegister(dir, "startup")) {
            BenchData.people(db.dataSource(), BenchData.peopleFor(records));
            BenchData.integrations(db.dataSource(), 1, records, BenchData.peopleFor(records), true, 0);
            dev.steward.storage.DashboardTally.rebuild(db.dsl()); // plain JDBC bypassed the dashboard's totals
            // the four reads the register view makes before it shows data, cold as at startup: tells the
            // database's share of "data loaded" from the UI's
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            snapshot = Timing.ms(() -> List.of(service.integrations(), service.people(),
                    service.latestClassifications(), service.latestAttestations()));
        }
        Path log = config.out().resolve("startup-children.log");
        Path register = dir.resolve("startup");
        // the AOT cache is measured through the launchers that use it: the probe runs from target/classes
        // directories, and a JDK 25 AOT cache only holds classes from jar files
        List<List<String>> launchers = launchers(config, register);
        int runs = config.startupRuns();
        double[] bare = new double[runs];
        double[] bareWall = new double[runs];
        double[] shown = new double[runs];
        double[] loaded = new double[runs];
        double[][] launched = new double[launchers.size()][runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            bare[i] = Double.parseDouble(ChildJvm.run(JVM, BareWindowProbe.class, List.of(), log).get("shown"));
            bareWall[i] = (System.nanoTime() - started) / 1e6;
            Map<String, String> app = ChildJvm.run(JVM, StartupProbe.class, List.of(register.toString()), log);
            if (Integer.parseInt(app.get("rows")) != records) {
                throw new IllegalStateException("The register showed " + app.get("rows") + " rows, not " + records);
            }
            shown[i] = Double.parseDouble(app.get("shown"));
            loaded[i] = Double.parseDouble(app.get("loaded"));
            for (int l = 0; l < launchers.size(); l++) {
                launched[l][i] = ChildJvm.wallClock(launchers.get(l), log);
            }
        }
        double bareMs = Timing.median(bare);
        String size = records + " integrations, median of " + runs;
        String rawWhat = "bare JavaFX window";
        double shownMs = Timing.median(shown);
        double loadedMs = Timing.median(loaded);
        results.add(Result.of("Startup: JVM start to first window", size, shownMs, "ms", bareMs, rawWhat,
                "<= 1.1 x bare", shownMs <= 1.1 * bareMs));
        results.add(Result.of("Startup: JVM start to register data loaded", size, loadedMs, "ms", bareMs, rawWhat,
                "<= 2 x bare", loadedMs <= 2 * bareMs));
        double bareWallMs = Timing.median(bareWall);
        for (int l = 0; l < launchers.size(); l++) {
            double ms = Timing.median(launched[l]);
            results.add(Result.of("Startup through " + launchers.get(l).getFirst() + " --smoke: process start to"
                            + " data shown and exit", size, ms, "ms", bareWallMs,
                    "bare JavaFX window, process start to exit", "<= 2 x bare", ms <= 2 * bareWallMs));
        }
        results.add(Result.of("Startup breakdown: the register's reads, in-process, first call", records
                + " integrations", snapshot, "ms", null, "", "", null));
    }
}
