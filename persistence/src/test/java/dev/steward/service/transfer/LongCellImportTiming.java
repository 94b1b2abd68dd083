package dev.steward.service.transfer;

import dev.steward.testing.RegisterFixture;

import dev.steward.model.csv.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/// Figures for docs/robustness.md, on demand only:
/// `./mvnw25 -B -o -pl persistence -am test -Dtest=LongCellImportTiming -Dsteward.timing=true
/// -Dsurefire.failIfNoSpecifiedTests=false`. Prints how long checking (planning) an import takes when one
/// row's purpose holds 1, 5 or 10 MB of prose (best of three), the case that took 458 s at 200,000 characters.
@EnabledIfSystemProperty(named = "steward.timing", matches = "true")
class LongCellImportTiming extends RegisterFixture {
    @Test
    void printFigures() throws IOException {
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
        importer.plan(csv(1), ProgressMonitor.NONE); // warm-up
        StringBuilder line = new StringBuilder("import plan, purpose cell of");
        for (int mb : new int[] {1, 5, 10}) {
            Path csv = csv(mb);
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) { // the best of three: other builds share the machine
                long start = System.nanoTime();
                importer.plan(csv, ProgressMonitor.NONE);
                best = Math.min(best, System.nanoTime() - start);
            }
            line.append(String.format("  %2d MB: %6.0f ms", mb, best / 1e6));
        }
        System.out.println(line);
    }

    private Path csv(int mb) throws IOException {
        Path csv = dir.resolve("timing-" + mb + ".csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("name,purpose,kind,status\r\nTiming agent,\"");
            String prose = "Reads supplier invoices and files them. ";
            for (long written = 0; written < ((long) mb << 20); written += prose.length()) {
                out.write(prose);
            }
            out.write("\",ASSISTANT_COPILOT,PROPOSED\r\n");
        }
        return csv;
    }
}
