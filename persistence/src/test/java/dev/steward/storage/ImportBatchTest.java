package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.IMPORT_BATCH;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_SEARCH_TERM;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// An import writes in committed chunks that nobody sees until the batch is published: other writers go on
/// meanwhile, and an interrupted import leaves nothing behind (or, once every row was written, is finished).
class ImportBatchTest extends RegisterFixture {
    private static final int ROWS = RegisterImporter.CHUNK * 2 + 30;
    private static final Instant AT = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void aSaveDuringAnImportSucceedsAndNoImportedRowIsSeenUntilTheWholeBatchIs() throws Exception {
        Integration mine = createFull("Edited meanwhile");
        Path csv = csv(ROWS);
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
        ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
        AtomicReference<Object> savedMeanwhile = new AtomicReference<>();
        List<Integer> seenMeanwhile = new ArrayList<>();
        ProgressMonitor afterFirstChunk = new ProgressMonitor() {
            @Override
            public void progress(long done, long total) {
                if (done == RegisterImporter.CHUNK && savedMeanwhile.get() == null) {
                    // another user saves while the import is under way (its first chunk is committed)
                    try {
                        savedMeanwhile.set(CompletableFuture.supplyAsync(() -> actingAs("bob")
                                .update(TestRegisters.withPurpose(mine, "saved during the import")))
                                .get(60, TimeUnit.SECONDS));
                    } catch (Exception e) {
                        savedMeanwhile.set(e);
                    }
                    seenMeanwhile.add(service.integrations().size());
                    seenMeanwhile.add(service.search(SearchQuery.ALL, 0, 10).total());
                    seenMeanwhile.add(service.search(SearchQuery.ALL.withText("imported"), 0, 10).total());
                    seenMeanwhile.add(service.block(SearchQuery.ALL, 0, 10).registerSize());
                }
            }
        };

        ImportResult result = importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, afterFirstChunk);

        assertThat(savedMeanwhile.get()).isInstanceOfSatisfying(Integration.class,
                saved -> assertThat(saved.version()).isEqualTo(2));
        assertThat(seenMeanwhile).as("integrations, search total, text search total, register size during the import")
                .containsExactly(1, 1, 0, 1);
        assertThat(result.created()).isEqualTo(ROWS);
        assertThat(service.integrations()).hasSize(ROWS + 1);
        assertThat(service.search(SearchQuery.ALL.withText("imported"), 0, 10).total()).isEqualTo(ROWS);
        assertThat(db.dsl().fetchOne(IMPORT_BATCH).getState()).isEqualTo(ImportBatches.PUBLISHED);
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    @Test
    void aCancelledImportLeavesNoRowOfAnyKind() throws Exception {
        Path csv = csv(ROWS);
        RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
        ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
        int eventsBefore = db.dsl().fetchCount(AUDIT_EVENT);
        ProgressMonitor cancelAfterTwoChunks = new ProgressMonitor() {
            private long done;

            @Override
            public void progress(long done, long total) {
                this.done = done;
            }

            @Override
            public boolean isCancelled() {
                return done >= 2L * RegisterImporter.CHUNK;
            }
        };

        assertThatThrownBy(() -> importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, cancelAfterTwoChunks))
                .isInstanceOf(java.util.concurrent.CancellationException.class);

        assertNothingImported(eventsBefore);
    }

    @Test
    void anImportInterruptedWhileWritingIsRemovedOnTheNextOpen() {
        int eventsBefore = db.dsl().fetchCount(AUDIT_EVENT);
        stage(ROWS);
        reopen();

        assertNothingImported(eventsBefore);
    }

    @Test
    void anImportInterruptedWhileLoggingIsFinishedOnTheNextOpen() {
        long batch = stage(ROWS);
        db.dsl().transaction(c -> ImportBatches.sealed(c.dsl(), batch, ROWS));
        // the process dies after the first chunk of creation events committed
        assertThatThrownBy(() -> ImportBatches.finish(db.dsl(), db.dsl(), batch, done -> {
            throw new IllegalStateException("killed");
        })).hasMessage("killed");
        assertThat(service.integrations()).isEmpty();
        assertThat(db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTOR.eq("importer"))).isEqualTo(ImportBatches.CHUNK);

        reopen();

        List<Integration> all = service.integrations();
        assertThat(all).hasSize(ROWS);
        for (Integration i : all) {
            assertThat(db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq(AuditLog.INTEGRATION)
                    .and(AUDIT_EVENT.ENTITY_ID.eq(i.id())))).as("creation event of %s", i.name()).isEqualTo(1);
        }
        assertThat(service.history(all.getFirst().id())).extracting(AuditEvent::field).contains("name", "kind");
        assertThat(db.dsl().fetchOne(IMPORT_BATCH).getState()).isEqualTo(ImportBatches.PUBLISHED);
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    /// Writes `rows` integrations as one unpublished batch, as an import does before a crash.
    private long stage(int rows) {
        long batch = ImportBatches.begin(db.dsl(), "crash.csv", "importer", AT, AT);
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            drafts.add(TestRegisters.fullyFilled("Staged " + i, ana.id(), ben.id(), List.of(chloe.id())));
        }
        for (int from = 0; from < rows; from += RegisterImporter.CHUNK) {
            List<Integration> chunk = drafts.subList(from, Math.min(rows, from + RegisterImporter.CHUNK));
            db.dsl().transaction(c -> new ImportBatchWriter(c.dsl(), AT, "importer", batch).insert(chunk));
        }
        assertThat(db.dsl().fetchCount(INTEGRATION)).isEqualTo(rows);
        assertThat(service.integrations()).isEmpty();
        return batch;
    }

    private void reopen() {
        db.close();
        db = Database.open(dir.resolve("register"));
        service = new RegisterService(db, () -> "alice");
    }

    private void assertNothingImported(int eventsBefore) {
        assertThat(db.dsl().fetchCount(INTEGRATION)).as("integration rows, hidden ones included").isZero();
        assertThat(db.dsl().fetchCount(INTEGRATION_SEARCH_TERM)).isZero();
        assertThat(db.dsl().fetchCount(INTEGRATION_TOOL)).isZero();
        assertThat(db.dsl().fetchCount(IMPORT_BATCH)).isZero();
        assertThat(db.dsl().fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore);
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    private Path csv(int rows) throws java.io.IOException {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            drafts.add(TestRegisters.minimal("Imported " + i, IntegrationKind.MCP_SERVER));
        }
        Path csv = dir.resolve("import.csv");
        new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
        assertThat(Files.size(csv)).isPositive();
        return csv;
    }
}
