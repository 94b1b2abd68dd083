package dev.steward.bench;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.storage.Database;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;

import java.nio.file.Path;
import java.time.Clock;

/// CSV import through {@link RegisterImporter} (plan, then execute, as the Import dialog runs it) against a
/// raw JDBC batch insert of the same rows into the same tables: integrations, child rows, quick-search terms
/// and as many audit rows per integration as the import wrote. The raw insert skips what the importer adds on top: parsing,
/// validation, secret and duplicate checks, and hashing the audit chain.
final class ImportBench {
    private ImportBench() {
    }

    static void run(BenchConfig config, Results results) {
        Path dir = config.out().resolve("data");
        for (int size : config.importSizes()) {
            int people = BenchData.peopleFor(size);
            Path csv = dir.resolve("import-" + size + ".csv");
            try (Database source = BenchData.freshRegister(dir, "import-source")) {
                BenchData.people(source.dataSource(), people);
                BenchData.integrations(source.dataSource(), 1, size, people, false, 0);
                new RegisterExporter(source).exportAll(csv, false, ProgressMonitor.NONE);
            }
            // each register is deleted once used: bulk writes leave H2 files far above their live size (34 GB
            // for a million integrations), and three of them would not fit on this machine's disk at once
            BenchData.delete(dir, "import-source");
            double importMs;
            long auditPerRow;
            try (Database target = BenchData.freshRegister(dir, "import-csv")) {
                BenchData.people(target.dataSource(), people);
                RegisterImporter importer = new RegisterImporter(target, () -> BenchData.ACTOR, Clock.systemUTC());
                ImportResult[] result = new ImportResult[1];
                importMs = Timing.ms(() -> {
                    ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
                    result[0] = importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);
                    return null;
                });
                if (result[0].created() != size) {
                    throw new IllegalStateException("Imported " + result[0].created() + " of " + size + " rows");
                }
                auditPerRow = BenchData.count(target.dataSource(), "SELECT COUNT(*) FROM audit_event") / size;
            }
            BenchData.delete(dir, "import-csv");
            double rawMs;
            try (Database target = BenchData.freshRegister(dir, "import-raw")) {
                BenchData.people(target.dataSource(), people);
                rawMs = Timing.ms(() -> {
                    BenchData.integrations(target.dataSource(), 1, size, people, false, (int) auditPerRow);
                    return null;
                });
            }
            BenchData.delete(dir, "import-raw");
            double rate = size / (importMs / 1000);
            double rawRate = size / (rawMs / 1000);
            results.add(Result.of("CSV import rate (" + auditPerRow + " audit rows per integration)",
                    size + " rows", rate, "rows/s", rawRate, "JDBC batch insert of the same rows",
                    ">= 0.5 x raw", rate >= 0.5 * rawRate));
        }
    }
}
