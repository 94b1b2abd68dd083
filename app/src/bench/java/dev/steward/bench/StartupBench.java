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

    static void run(BenchConfig config, Results results) {
        int records = config.startupRecords();
        Path dir = config.out().resolve("data");
        double snapshot;
        try (Database db = BenchData.freshRegister(dir, "startup")) {
            BenchData.people(db.dataSource(), BenchData.peopleFor(records));
            BenchData.integrations(db.dataSource(), 1, records, BenchData.peopleFor(records), true, 0);
            // the four reads the register view makes before it shows data, cold as at startup: tells the
            // database's share of "data loaded" from the UI's
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            snapshot = Timing.ms(() -> List.of(service.integrations(), service.people(),
                    service.latestClassifications(), service.latestAttestations()));
        }
        Path log = config.out().resolve("startup-children.log");
        int runs = config.startupRuns();
        double[] bare = new double[runs];
        double[] shown = new double[runs];
        double[] loaded = new double[runs];
        for (int i = 0; i < runs; i++) {
            bare[i] = Double.parseDouble(ChildJvm.run(JVM, BareWindowProbe.class, List.of(), log).get("shown"));
            Map<String, String> app = ChildJvm.run(JVM, StartupProbe.class,
                    List.of(dir.resolve("startup").toString()), log);
            if (Integer.parseInt(app.get("rows")) != records) {
                throw new IllegalStateException("The register showed " + app.get("rows") + " rows, not " + records);
            }
            shown[i] = Double.parseDouble(app.get("shown"));
            loaded[i] = Double.parseDouble(app.get("loaded"));
        }
        double bareMs = Timing.median(bare);
        double shownMs = Timing.median(shown);
        double loadedMs = Timing.median(loaded);
        String size = records + " integrations, median of " + runs;
        results.add(Result.of("Startup: JVM start to first window", size, shownMs, "ms", bareMs,
                "bare JavaFX window", "<= 1.1 x bare", shownMs <= 1.1 * bareMs));
        results.add(Result.of("Startup: JVM start to register data loaded", size, loadedMs, "ms", bareMs,
                "bare JavaFX window", "<= 1500 ms", loadedMs <= 1500));
        results.add(Result.of("Startup breakdown: the register's reads, in-process, first call", records
                + " integrations", snapshot, "ms", null, "", "", null));
    }
}
