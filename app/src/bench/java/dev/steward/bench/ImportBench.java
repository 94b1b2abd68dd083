package dev.steward.bench;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.storage.Database;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.register.RegisterService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/// CSV import through {@link RegisterImporter} (plan, then execute, as the Import dialog runs it), with
/// another user saving a record every 200 ms the whole time, against the plain JDBC batch insert of the same
/// integrations and child rows alone (no audit events, no search terms: what the data itself costs). Also
/// records the heap the harness JVM used meanwhile (run it with `-Dbench.heap=512m` for the bound)
/// and the register file's size after the import beside the CSV's.
final class ImportBench {
    private static final long SAVE_EVERY_MS = 200;

    private ImportBench() {
    }

    static void run(BenchConfig config, Results results) {
        Path dir = config.out().resolve("data");
        for (int size : config.importSizes()) {
            int people = BenchData.peopleFor(size);
            Path csv = dir.resolve("import-" + size + ".csv");
            try (Database source = BenchData.freshRegister(dir, "import-source")) {
                BenchData.people(source.dataSource(), people);
                // no search terms: the exporter never reads them, and at a million rows they are most of the file
                BenchData.integrations(source.dataSource(), 1, size, people, false, 0, false);
                new RegisterExporter(source).exportAll(csv, false, ProgressMonitor.NONE);
            }
            // each register is deleted once used: bulk writes leave H2 files far above their live size, and
            // several of them at a million integrations would not fit on this machine's disk at once
            BenchData.delete(dir, "import-source");
            long csvBytes = size(csv);
            double importMs;
            long auditRows;
            long fileBytes;
            boolean compactedOnClose;
            Saver saver;
            HeapSampler heap = new HeapSampler();
            try (Database target = BenchData.freshRegister(dir, "import-csv")) {
                BenchData.people(target.dataSource(), people);
                RegisterImporter importer = new RegisterImporter(target, () -> BenchData.ACTOR, Clock.systemUTC());
                saver = new Saver(new RegisterService(target, () -> "bench-saver"));
                ImportResult[] result = new ImportResult[1];
                System.gc();
                heap.start();
                saver.start();
                try {
                    importMs = Timing.ms(() -> {
                        ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
                        result[0] = importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);
                        return null;
                    });
                } finally {
                    saver.stop();
                    heap.stop();
                }
                if (result[0].created() != size) {
                    throw new IllegalStateException("Imported " + result[0].created() + " of " + size + " rows");
                }
                auditRows = BenchData.count(target.dataSource(), "SELECT COUNT(*) FROM audit_event");
                fileBytes = size(target.location());
                compactedOnClose = target.compactsOnClose();
                printSpaceByTable(target);
            }
            // closed now: compacted on close when the import was large enough to ask for it
            long compactedBytes = size(dir.resolve("import-csv.mv.db"));
            double compactMs = Timing.ms(() -> {
                dev.steward.service.backup.Backups.compact(dir.resolve("import-csv"), null);
                return null;
            });
            long recompactedBytes = size(dir.resolve("import-csv.mv.db"));
            if (Boolean.getBoolean("bench.keepImport")) {
                try {
                    Files.copy(dir.resolve("import-csv.mv.db"), dir.resolve("kept-import-" + size + ".mv.db"),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            BenchData.delete(dir, "import-csv");
            double rawMs;
            try (Database target = BenchData.freshRegister(dir, "import-raw")) {
                BenchData.people(target.dataSource(), people);
                rawMs = Timing.ms(() -> {
                    BenchData.integrations(target.dataSource(), 1, size, people, false, 0, false);
                    return null;
                });
            }
            BenchData.delete(dir, "import-raw");
            double rate = size / (importMs / 1000);
            double rawRate = size / (rawMs / 1000);
            String rows = size + " rows";
            results.add(Result.of("CSV import rate (" + auditRows + " audit rows in all, search terms included)",
                    rows, rate, "rows/s", rawRate, "plain JDBC batch insert of the integrations and child rows",
                    ">= 0.25 x raw", rate >= 0.25 * rawRate));
            results.add(Result.of("Save by another user during the import, median (" + saver.saves() + " saves, "
                    + saver.failures() + " failed)", rows, saver.medianMs(), "ms", null, "", "every save succeeds",
                    saver.failures() == 0));
            results.add(Result.of("Save by another user during the import, slowest", rows, saver.maxMs(), "ms", null,
                    "", "", null));
            results.add(Result.of("Heap in use after collections during the import (peak of 100 ms samples)", rows,
                    heap.peakBytes() / 1048576.0, "MB", Runtime.getRuntime().maxMemory() / 1048576.0,
                    "the JVM's -Xmx", "<= 512 MB", heap.peakBytes() <= 512L * 1048576));
            results.add(Result.of("Register file after the import, before it closes", rows, fileBytes / 1048576.0,
                    "MB", csvBytes / 1048576.0, "the CSV file", "", null));
            results.add(Result.of("Register file after the import, closed" + (compactedOnClose
                            ? " (compacted on close)" : " (not compacted: a small import)"), rows,
                    compactedBytes / 1048576.0, "MB", csvBytes / 1048576.0, "the CSV file", "<= 3 x CSV",
                    compactedBytes <= 3 * csvBytes));
            results.add(Result.of("Compacting the closed register again (steward compact)", rows, compactMs, "ms",
                    null, "", "", null));
            results.add(Result.of("Register file compacted again", rows, recompactedBytes / 1048576.0, "MB",
                    csvBytes / 1048576.0, "the CSV file", "<= 3 x CSV", recompactedBytes <= 3 * csvBytes));
        }
    }

    /// Where the register's bytes go: H2's own count of the pages each table (with its indexes) holds.
    private static void printSpaceByTable(Database db) {
        try (var c = db.dataSource().getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT TABLE_NAME, DISK_SPACE_USED(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME <> 'flyway_schema_history' ORDER BY 2 DESC")) {
            while (rs.next()) {
                System.out.printf("  rows of (indexes not counted): %-40s %10.2f MB%n", rs.getString(1), rs.getLong(2) / 1048576.0);
            }
        } catch (java.sql.SQLException e) {
            System.out.println("  space by table not available: " + e.getMessage());
        }
    }

    private static long size(Path file) {
        try (Stream<Path> siblings = Files.list(file.toAbsolutePath().getParent())) {
            String name = file.getFileName().toString();
            // H2 keeps a register in one .mv.db file; a CSV is just itself
            return siblings.filter(p -> p.getFileName().toString().equals(name)).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// Runs `step` on its own thread every `everyMs` until stopped.
    private static final class Repeating {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        Repeating(String name, long everyMs, Runnable step) {
            thread = Thread.ofPlatform().daemon().name(name).unstarted(() -> {
                while (running.get()) {
                    step.run();
                    try {
                        Thread.sleep(everyMs);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        void start() {
            thread.start();
        }

        void stop() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /// Another user editing one record every {@link #SAVE_EVERY_MS} while the import runs, timing each save.
    private static final class Saver {
        private final RegisterService service;
        private final List<Double> millis = new ArrayList<>();
        private final AtomicInteger failures = new AtomicInteger();
        private Repeating repeating;

        Saver(RegisterService service) {
            this.service = service;
        }

        void start() {
            Integration[] current = {service.create(new Draft(0, 0, "Edited during the import").withPurposeText(0))};
            int[] n = {0};
            repeating = new Repeating("bench-saver", SAVE_EVERY_MS, () -> {
                long start = System.nanoTime();
                try {
                    current[0] = service.update(new Draft(current[0].id(), current[0].version(), current[0].name())
                            .withPurposeText(++n[0]));
                    synchronized (millis) {
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                    System.err.println("save during import failed: " + e);
                }
            });
            repeating.start();
        }

        void stop() {
            repeating.stop();
        }

        int saves() {
            synchronized (millis) {
                return millis.size();
            }
        }

        int failures() {
            return failures.get();
        }

        double medianMs() {
            synchronized (millis) {
                return millis.isEmpty() ? 0 : Timing.median(millis.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }

        double maxMs() {
            synchronized (millis) {
                return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }
    }

    /// The record the saver edits: its purpose changes with every save.
    private record Draft(long id, long version, String name) {
        Integration withPurposeText(int n) {
            return new Integration(id, version, name, "Saved " + n + " times while an import ran", "Bench vendor",
                    IntegrationKind.MCP_SERVER, null, Set.of(), LifecycleStatus.PROPOSED, null, null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), null, null, null, null);
        }
    }

    /// Samples every 100 ms what the heap held after the collector's latest run (the live data, not garbage
    /// waiting to be collected) and keeps the largest.
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null).toList();
        private final Repeating repeating = new Repeating("bench-heap", 100, () -> peak.accumulateAndGet(
                pools.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum(), Math::max));

        void start() {
            repeating.start();
        }

        void stop() {
            repeating.stop();
        }

        long peakBytes() {
            return peak.get();
        }
    }
}
