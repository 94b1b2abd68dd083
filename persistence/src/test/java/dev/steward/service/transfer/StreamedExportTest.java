package dev.steward.service.transfer;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.SearchQuery;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/// The export reads the register a batch at a time (so a million rows never sit in memory at once), and the
/// file is still exactly what writing the whole matching list in order gives: across batch boundaries, with
/// a filter and a descending sort, and with progress counted to the end.
class StreamedExportTest extends RegisterFixture {
    private static final int ROWS = IntegrationRepository.BATCH * 3 + 345;

    @Test
    void aStreamedExportWritesWhatTheWholeListWouldInTheQueryOrder() throws IOException {
        importRows();
        SearchQuery query = new SearchQuery("", Set.of(), Set.of(LifecycleStatus.PROPOSED), Set.of(), Set.of(),
                SearchQuery.Sort.NAME, false);
        List<Integration> expected = service.matching(query);
        assertThat(expected).hasSizeGreaterThan(IntegrationRepository.BATCH * 2);

        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        AtomicInteger lastDone = new AtomicInteger();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                lastDone.set((int) done);
            }
        };
        int written = new RegisterExporter(db).exportMatching(query, streamed, false, monitor);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new RegisterExporter(db).export(expected, whole, false, ProgressMonitor.NONE);

        assertThat(written).isEqualTo(expected.size());
        assertThat(lastDone.get()).isEqualTo(expected.size());
        assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(whole.toString(java.nio.charset.StandardCharsets.UTF_8));
        // descending by name: the last proposed integration's name comes first
        assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow())
                .startsWith(expected.getFirst().name());
    }

    @Test
    void exportAllWritesEveryIntegrationRetiredOnesIncluded() throws IOException {
        importRows();
        Integration retired = service.retire(service.integrations().getFirst().id(), 1);
        Path csv = dir.resolve("all.csv");
        new RegisterExporter(db).exportAll(csv, false, ProgressMonitor.NONE);
        List<String> lines = Files.readAllLines(csv);
        // a row of a fully filled integration spans lines (its revocation steps), so count the rows' first lines
        assertThat(lines).filteredOn(line -> line.startsWith("Streamed bot ")).hasSize(ROWS);
        assertThat(lines).anyMatch(line -> line.startsWith(retired.name() + ","));
    }

    /// ROWS integrations through the importer; every third is active, the rest proposed.
    private void importRows() throws IOException {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String name = String.format("Streamed bot %05d", i);
            drafts.add(i % 3 == 0 ? TestRegisters.fullyFilled(name, ana.id(), ben.id(), List.of(chloe.id()))
                    .withStatus(LifecycleStatus.ACTIVE) : TestRegisters.minimal(name, IntegrationKind.MCP_SERVER));
        }
        Path csv = dir.resolve("rows.csv");
        new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
        RegisterImporter importer = new RegisterImporter(db, () -> "alice", Clock.systemUTC());
        importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                ProgressMonitor.NONE);
    }
}
