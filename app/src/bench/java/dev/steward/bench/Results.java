package dev.steward.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Collects results and rewrites `results.json` and `results.md` after each one, so a run cut short
/// still leaves what it measured.
final class Results {
    private final Path dir;
    private final Map<String, Object> run = new LinkedHashMap<>();
    private final List<Result> results = new ArrayList<>();

    Results(Path dir, BenchConfig config) {
        this.dir = dir;
        run.put("started", Instant.now().toString());
        run.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
        run.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        run.put("cpus", Runtime.getRuntime().availableProcessors());
        run.put("loadAverageAtStart", loadAverage());
        run.put("config", config.describe());
    }

    void add(Result result) {
        results.add(result);
        System.out.printf("%-58s %-22s %12.2f %-4s raw %s  target %s  %s%n", result.metric(), result.size(),
                result.measured(), result.unit(), result.raw() == null ? "-" : result.raw(),
                result.target().isEmpty() ? "-" : result.target(),
                result.pass() == null ? "" : result.pass() ? "PASS" : "FAIL");
        write();
    }

    static double loadAverage() {
        return Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage() * 100) / 100.0;
    }

    private void write() {
        run.put("loadAverageAtEnd", loadAverage());
        Map<String, Object> json = new LinkedHashMap<>(run);
        json.put("results", results);
        try {
            Files.createDirectories(dir);
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(dir.resolve("results.json").toFile(), json);
            Files.writeString(dir.resolve("results.md"), markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("| Metric | Size | Measured | Raw limit | Target | Result |\n")
                .append("|---|---|---:|---|---|---|\n");
        for (Result r : results) {
            md.append("| ").append(r.metric()).append(" | ").append(r.size()).append(" | ")
                    .append(r.measured()).append(' ').append(r.unit()).append(" | ")
                    .append(r.raw() == null ? "" : r.raw() + " " + r.unit() + " (" + r.rawWhat() + ")").append(" | ")
                    .append(r.target()).append(" | ")
                    .append(r.pass() == null ? "" : r.pass() ? "pass" : "**fail**").append(" |\n");
        }
        md.append("\nLoad average: ").append(run.get("loadAverageAtStart")).append(" at start, ")
                .append(run.get("loadAverageAtEnd")).append(" at end; ").append(run.get("cpus"))
                .append(" CPUs; ").append(run.get("java")).append("; started ").append(run.get("started"))
                .append(".\n");
        return md.toString();
    }
}
