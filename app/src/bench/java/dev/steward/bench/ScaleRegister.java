package dev.steward.bench;

import dev.steward.storage.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/// The large register the dashboard, queue and quick-search benchmarks share: made once by plain JDBC batches
/// ({@link BenchData}, {@link GovernanceData}), compacted, and kept in the bench data folder with a marker
/// file, so a later run (or another benchmark of the same run) opens it instead of spending minutes making it
/// again. Generating a million takes several minutes; the CSV import would take far longer.
final class ScaleRegister {
    private ScaleRegister() {
    }

    /// The register's base path (without `.mv.db`), made first when missing or left half-made.
    static Path ensure(Path dir, int size) {
        String name = "scale-" + size;
        Path base = dir.resolve(name);
        Path ready = dir.resolve(name + ".ready");
        if (Files.exists(ready) && Files.exists(dir.resolve(name + ".mv.db"))) {
            return base;
        }
        long started = System.nanoTime();
        int people = BenchData.peopleFor(size);
        try (Database db = BenchData.freshRegister(dir, name)) {
            BenchData.people(db.dataSource(), people);
            BenchData.integrations(db.dataSource(), 1, size, people, true, 0);
            GovernanceData.add(db.dataSource(), size, people, LocalDate.now());
        }
        compact(base);
        // written by plain JDBC, past the writers that keep the dashboard's totals: worked out afresh once the
        // file is compacted (on the 35 GB file a million rows leave before, reading them all is many times slower)
        try (Database db = Database.open(base)) {
            dev.steward.storage.DashboardTally.rebuild(db.dsl());
        }
        try {
            Files.writeString(ready, "made in " + (System.nanoTime() - started) / 1_000_000_000 + " s\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return base;
    }

    /// H2 leaves bulk writes far above their live size; `SHUTDOWN COMPACT` rewrites the file.
    static void compact(Path base) {
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(base), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Makes the register alone: `ScaleRegister DIR SIZE`.
    public static void main(String[] args) {
        System.out.println(ensure(Path.of(args[0]), Integer.parseInt(args[1])));
    }
}
