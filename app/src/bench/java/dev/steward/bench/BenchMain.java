package dev.steward.bench;

import java.nio.file.Files;

/// Runs the issue 8 benchmarks and writes `results.json` and `results.md` (see docs/benchmarks.md).
/// Started by the Maven profile `bench`; each benchmark can be run alone with `-Dbench.only=name,...`.
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        BenchConfig config = BenchConfig.fromSystemProperties();
        Files.createDirectories(config.out());
        Results results = new Results(config.out(), config);
        System.out.println("Benchmarks: " + config.describe() + "; results in " + config.out().toAbsolutePath());
        if (config.runs("startup")) {
            StartupBench.run(config, results);
        }
        if (config.runs("search") || config.runs("heap")) {
            SearchBench.run(config, results);
        }
        if (config.runs("dashboard")) {
            DashboardBench.run(config, results, config.sizes().stream().mapToInt(Integer::intValue).max().orElseThrow());
        }
        if (config.runs("findall")) {
            FindAllBench.run(config, results);
        }
        if (config.runs("import")) {
            ImportBench.run(config, results);
        }
        if (config.runs("pdf")) {
            ExportBench.run(config, results);
        }
        if (config.runs("audit")) {
            AuditBench.run(config, results);
        }
        System.out.println("Wrote " + config.out().resolve("results.md").toAbsolutePath());
    }
}
