package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import org.jooq.Record3;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.AUDIT_HEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.max;

/// Several writers at once on one register file: people saving their own records over and over, a
/// classifier, a reviewer and a manager taking an attestation to sign-off, and two CSV imports. Every write
/// must succeed (no lock timeout, no duplicate sequence number), none may be lost, and the audit log must come
/// out as one intact chain numbered 1, 2, 3, ... without a gap.
class ConcurrentWritersTest extends AttestationFixture {
    private static final int SAVERS = 3;
    private static final int SAVES_EACH = 12;
    private static final int CLASSIFICATIONS = 8;
    private static final int IMPORT_ROWS = RegisterImporter.CHUNK * 3 + 17;

    @Test
    void savesClassificationsSignOffsAndImportsTogetherLoseNothingAndKeepOneGapFreeChain() throws Exception {
        List<Integration> owned = new ArrayList<>();
        for (int i = 0; i < SAVERS; i++) {
            owned.add(createFull("Saver " + i));
        }
        Integration classified = createFull("Classified over and over");
        Path first = csv("first", IMPORT_ROWS);
        Path second = csv("second", IMPORT_ROWS);
        ExecutorService pool = Executors.newFixedThreadPool(SAVERS + 4);
        CountDownLatch start = new CountDownLatch(1);
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < SAVERS; i++) {
            Integration mine = owned.get(i);
            RegisterService saver = actingAs("saver" + i);
            work.add(pool.submit(task(start, failures, () -> {
                Integration current = mine;
                for (int n = 1; n <= SAVES_EACH; n++) {
                    current = saver.update(TestRegisters.withPurpose(current, "save " + n));
                }
            })));
        }
        work.add(pool.submit(task(start, failures, () -> {
            RegisterService classifier = actingAs("classifier");
            for (int n = 0; n < CLASSIFICATIONS; n++) {
                Integration current = classifier.integration(classified.id()).orElseThrow();
                classifier.classify(current.id(), current.version(), TestAnswers.of(n % 2 == 0
                        ? TestAnswers.readOnlyCopilot() : TestAnswers.writingAgent()));
            }
        })));
        work.add(pool.submit(task(start, failures, () -> {
            StoredAttestation submitted = submittedBy(rita);
            as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        })));
        for (Path csv : List.of(first, second)) {
            work.add(pool.submit(task(start, failures, () -> {
                RegisterImporter importer = new RegisterImporter(db, () -> "importer", Clock.systemUTC());
                ImportResult result = importer.execute(importer.plan(csv, ProgressMonitor.NONE),
                        ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);
                assertThat(result.created()).isEqualTo(IMPORT_ROWS);
            })));
        }
        start.countDown();
        pool.shutdown();
        // a generous bound that catches a hang, not a timing
        assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).as("writers finished").isTrue();
        for (Future<?> f : work) {
            f.get();
        }
        assertThat(failures).as("failed writes").isEmpty();

        for (int i = 0; i < SAVERS; i++) {
            Integration stored = service.integration(owned.get(i).id()).orElseThrow();
            assertThat(stored.version()).as("no lost update of saver %d", i).isEqualTo(1 + SAVES_EACH);
            assertThat(stored.purpose()).isEqualTo("save " + SAVES_EACH);
        }
        assertThat(service.classificationHistory(classified.id())).hasSize(CLASSIFICATIONS);
        assertThat(attestations.currentAttestation(integration.id()).orElseThrow().attestation().state())
                .isEqualTo(AttestationState.SIGNED);
        assertThat(service.integrations().stream().filter(i -> i.name().startsWith("Imported "))).hasSize(2 * IMPORT_ROWS);

        Record3<Integer, Integer, Long> seqs = db.dsl().select(count(), countDistinct(AUDIT_EVENT.SEQ),
                max(AUDIT_EVENT.SEQ)).from(AUDIT_EVENT).fetchOne();
        assertThat(seqs.value2()).as("distinct sequence numbers").isEqualTo(seqs.value1());
        assertThat(seqs.value3()).as("gap-free: the highest is the count").isEqualTo((long) seqs.value1());
        assertThat(db.dsl().select(AUDIT_HEAD.SEQ).from(AUDIT_HEAD).fetchOne(AUDIT_HEAD.SEQ)).isEqualTo(seqs.value3());
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).as("audit chain").isTrue();
        // the dashboard's totals, kept by every writer at once, agree with a count over the whole register
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        DashboardTally.Totals totals = DashboardTally.read(db.dsl(), today);
        GapQueries full = new GapQueries(db.dsl(), today);
        assertThat(totals.gaps()).as("gap totals").isEqualTo(full.gapCounts());
        assertThat(totals.charts()).as("chart totals").isEqualTo(full.chartCounts());
        assertThat(totals.affected()).as("integrations with gaps").isEqualTo(full.affectedIntegrations());
        for (dev.steward.model.dashboard.GapKind kind : dev.steward.model.dashboard.GapKind.values()) {
            assertThat(full.page(kind, 0, 500)).as("the gaps' index, " + kind).isEqualTo(full.scanned(kind, 0, 500));
        }
    }

    private Path csv(String name, int rows) {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            drafts.add(TestRegisters.minimal("Imported " + name + " " + i, IntegrationKind.MCP_SERVER));
        }
        Path csv = dir.resolve(name + ".csv");
        new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
        return csv;
    }

    private static Runnable task(CountDownLatch start, Queue<Throwable> failures, Runnable body) {
        return () -> {
            try {
                start.await();
                body.run();
            } catch (Throwable t) {
                failures.add(t);
            }
        };
    }
}
