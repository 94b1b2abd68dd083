package dev.steward.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/// The run's sizes, from system properties the Maven profile passes through (`-Dbench.sizes=...`).
/// Quick mode swaps in small sizes: a smoke run proving every benchmark works, not numbers to quote.
record BenchConfig(Path out, boolean quick, List<Integer> sizes, List<Integer> importSizes, Set<String> only,
                   int startupRecords, int startupRuns, int findAllSize, int auditEvents, int pdfBulk) {

    static BenchConfig fromSystemProperties() {
        boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
        Path out = Path.of(System.getProperty("bench.out", "target/bench"));
        Set<String> only = Arrays.stream(System.getProperty("bench.only", "").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        if (quick) {
            return new BenchConfig(out, true, List.of(2_000, 10_000), List.of(2_000), only, 10_000, 3, 2_000,
                    20_000, 50);
        }
        List<Integer> sizes = ints(System.getProperty("bench.sizes", "100000,1000000"));
        String importSizes = System.getProperty("bench.importSizes", "");
        return new BenchConfig(out, false, sizes, importSizes.isBlank() ? sizes : ints(importSizes), only,
                10_000, 7, 20_000, 1_000_000, 1_000);
    }

    boolean runs(String benchmark) {
        return only.isEmpty() || only.contains(benchmark);
    }

    String describe() {
        return "quick=" + quick + " sizes=" + sizes + " importSizes=" + importSizes + " only=" + only
                + " startupRecords=" + startupRecords + " startupRuns=" + startupRuns + " findAllSize=" + findAllSize
                + " auditEvents=" + auditEvents + " pdfBulk=" + pdfBulk;
    }

    private static List<Integer> ints(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Integer.parseInt(s.replace("_", ""))).toList();
    }
}
