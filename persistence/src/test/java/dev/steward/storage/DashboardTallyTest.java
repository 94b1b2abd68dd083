package dev.steward.storage;

import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.service.access.Actor;
import dev.steward.service.campaign.SuccessionService;
import dev.steward.storage.jooq.tables.records.DashboardTallyRecord;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static dev.steward.storage.jooq.Tables.DASHBOARD_GAP;
import static dev.steward.storage.jooq.Tables.DASHBOARD_TALLY;
import static org.assertj.core.api.Assertions.assertThat;

/// The dashboard's totals ({@link DashboardTally}) as every writer keeps them: after each kind of change through
/// the services (edits, classification, attestations, a person leaving and coming back, a succession confirmed,
/// retiring, an import published and one discarded) they give what {@link GapQueries} counts over the whole
/// register, on every day where a count changes, and they are exactly what working them out afresh gives.
class DashboardTallyTest extends AttestationFixture {

    @Test
    void everyWriterKeepsTheTotalsInStep() {
        assertTallyMatches("after the fixture: created and classified");
        service.loadSampleData();
        assertTallyMatches("after loading the sample");

        Integration stored = service.integration(integration.id()).orElseThrow();
        Integration edited = service.update(withParts(stored, List.of(),
                List.of(new Credential("Old key", CredentialType.STATIC_API_KEY, SecretStorage.CONFIG_FILE,
                        Duration.ofDays(400), today().minusDays(40), 30)),
                new RevocationPath("Console", "SRE", null, null, today().minusDays(85), RevocationTestResult.FAILED,
                        null)));
        assertTallyMatches("after an edit that drops the backups and changes credentials and the drill");

        var submitted = submittedBy(rita);
        assertTallyMatches("after a submission");
        as(max).returnToReviewer(submitted.id(), "Attach the drill record");
        assertTallyMatches("after a return to the reviewer");
        submitted = as(rita).submit(integration.id());
        assertTallyMatches("after the resubmission");
        as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        assertTallyMatches("after signing (an expiry in the future)");
        assertThat(as(rita).markStaleOnMaterialChange(integration.id(), List.of(new dev.steward.model.attestation
                .MaterialChange(dev.steward.model.attestation.MaterialChange.Kind.OWNERSHIP, "sponsor")))).isOne();
        assertTallyMatches("after the signed attestation went stale");
        as(rita).startDraft(integration.id());
        assertTallyMatches("after a new draft replaces the signed attestation as the newest");

        service.setPersonLeft(ana.id(), true);
        assertThat(service.pendingSuccessions()).as("ana held roles").isNotEmpty();
        assertTallyMatches("after the sponsor left (successions proposed)");
        long proposal = service.pendingSuccessions().getFirst().id();
        new SuccessionService(db, Actor.system(() -> "lead"), clock).confirm(proposal, ben.id());
        assertTallyMatches("after a succession was confirmed");
        service.setPersonLeft(ana.id(), false);
        assertTallyMatches("after the sponsor came back (proposals withdrawn)");

        Integration retired = service.update(service.integration(edited.id()).orElseThrow()
                .withStatus(LifecycleStatus.RETIRED));
        assertThat(retired.isRetired()).isTrue();
        assertTallyMatches("after retiring");

        long batch = ImportBatches.begin(db.dsl(), "test.csv", "rita", Instant.now(), Instant.now());
        List<Integration> rows = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            rows.add(TestRegisters.fullyFilled("Imported " + n, ana.id(), ben.id(), n % 3 == 0 ? List.of()
                    : List.of(chloe.id())).withStatus(LifecycleStatus.values()[n % LifecycleStatus.values().length]));
        }
        db.dsl().transaction(c -> {
            new ImportBatchWriter(c.dsl(), Instant.now(), "rita", batch).insert(rows);
            ImportBatches.sealed(c.dsl(), batch, rows.size());
        });
        assertTallyMatches("while an import's rows are hidden");
        ImportBatches.finish(db.dsl(), db.dsl(), batch, done -> { });
        assertTallyMatches("after the import was published");

        long discarded = ImportBatches.begin(db.dsl(), "other.csv", "rita", Instant.now(), Instant.now());
        db.dsl().transaction(c -> new ImportBatchWriter(c.dsl(), Instant.now(), "rita", discarded)
                .insert(List.of(TestRegisters.fullyFilled("Never shown", ana.id(), ben.id(), List.of()))));
        ImportBatches.discard(db.dsl(), discarded);
        assertTallyMatches("after an import was discarded");

        List<DashboardTallyRecord> kept = tallyRows();
        List<List<Object>> keptGaps = gapRows();
        assertThat(keptGaps).as("gaps in the index").isNotEmpty();
        DashboardTally.rebuild(db.dsl());
        assertThat(tallyRows()).as("the totals kept step by step are exactly those worked out afresh")
                .isEqualTo(kept);
        assertThat(gapRows()).as("so is the gaps' index").isEqualTo(keptGaps);
    }

    @Test
    void aRegisterOpenedWithoutTotalsGetsThemWorkedOut() {
        service.loadSampleData();
        List<DashboardTallyRecord> kept = tallyRows();
        List<List<Object>> keptGaps = gapRows();
        db.dsl().deleteFrom(DASHBOARD_TALLY).execute();
        db.dsl().deleteFrom(DASHBOARD_GAP).execute();
        GapQueries unindexed = new GapQueries(db.dsl(), today());
        assertThat(unindexed.page(unindexed.gapCounts(), 0, 1_000)).as("no index: blocks are read from the register")
                .isNotEmpty().hasSize(unindexed.gapCounts().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(DashboardTally.read(db.dsl(), today())).as("no totals: the dashboard counts afresh").isNull();
        assertThat(service.dashboard(today()).charts()).isEqualTo(new GapQueries(db.dsl(), today()).chartCounts());
        db.close();
        if (teamAddress != null) {
            // a team register's totals are worked out by the administrator's upgrade, not by a client
            TeamSchema.upgrade(teamAddress, dev.steward.testing.TeamServer.OWNER, null);
        }
        db = reopenDatabase();
        assertThat(tallyRows()).isEqualTo(kept);
        assertThat(gapRows()).isEqualTo(keptGaps);
    }

    /// Publishing an import moves every gap it found into what everybody reads; a save by someone else meanwhile
    /// must not wait for that. One gap row of the batch is held locked by another connection, so the publish
    /// stops on it part way through moving them; a save must still go through while it waits.
    @Test
    void aSaveDoesNotWaitWhileAnImportsGapsArePublished() throws Exception {
        long batch = ImportBatches.begin(db.dsl(), "big.csv", "rita", Instant.now(), Instant.now());
        List<Integration> rows = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            rows.add(TestRegisters.fullyFilled("Hidden " + n, ana.id(), ben.id(), List.of()));
        }
        db.dsl().transaction(c -> {
            new ImportBatchWriter(c.dsl(), Instant.now(), "rita", batch).insert(rows);
            ImportBatches.sealed(c.dsl(), batch, rows.size());
        });
        assertThat(ImportBatches.audit(db.dsl(), batch, done -> { })).isEqualTo(rows.size());
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = db.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (var lock = holder.prepareStatement("SELECT integration_id FROM dashboard_gap WHERE batch_id = ?"
                    + " AND integration_id = (SELECT MIN(integration_id) FROM dashboard_gap WHERE batch_id = ?)"
                    + " FOR UPDATE")) {
                lock.setLong(1, batch);
                lock.setLong(2, batch);
                try (var locked = lock.executeQuery()) {
                    assertThat(locked.next()).as("the import's rows have gaps").isTrue();
                }
            }
            var publishing = threads.submit(() -> ImportBatches.publish(db.dsl(), batch));
            Thread.sleep(1_000); // the publish reaches the locked gap row and waits there
            Integration mine = service.integration(integration.id()).orElseThrow();
            var saving = threads.submit(() -> service.update(TestRegisters.withPurpose(mine, "saved meanwhile")));
            try {
                assertThat(saving).as("the save goes through while the import's gaps are being published")
                        .succeedsWithin(Duration.ofSeconds(2)).extracting(Integration::purpose)
                        .isEqualTo("saved meanwhile");
                assertThat(publishing.isDone()).as("the publish was still waiting on the locked row").isFalse();
            } finally {
                holder.rollback();
            }
            publishing.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(service.integrations()).extracting(Integration::name).contains("Hidden 0", "Hidden 19");
        assertTallyMatches("after an import published beside a save");
    }

    @Test
    void windowsThatTouchOrOverlapBecomeOne() {
        LocalDate d = LocalDate.of(2026, 12, 2);
        var expiring = new DashboardTally.Window(d.minusDays(30), d.minusDays(1));
        var expired = DashboardTally.Window.from(d);
        var old = DashboardTally.Window.from(d.plusDays(200));
        var early = new DashboardTally.Window(d.minusDays(100), d.minusDays(90));
        assertThat(DashboardTally.union(List.of(old, expired, expiring, early)))
                .containsExactly(early, new DashboardTally.Window(d.minusDays(30), DashboardTally.FOREVER));
        assertThat(DashboardTally.union(List.of(DashboardTally.Window.ALWAYS, old)))
                .containsExactly(DashboardTally.Window.ALWAYS);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /// The totals against the full count on today and on each day either side of where a total starts or ends.
    private void assertTallyMatches(String when) {
        Set<LocalDate> days = new TreeSet<>(List.of(today(), LocalDate.now(ZoneOffset.UTC)));
        for (DashboardTallyRecord r : tallyRows()) {
            for (LocalDate edge : List.of(r.getFromDay(), r.getToDay())) {
                if (!edge.equals(DashboardTally.ALWAYS) && !edge.equals(DashboardTally.FOREVER)) {
                    days.addAll(List.of(edge.minusDays(1), edge, edge.plusDays(1)));
                }
            }
        }
        assertThat(days.size()).as(when + ": some totals depend on the date").isGreaterThan(2);
        for (LocalDate day : days) {
            GapQueries full = new GapQueries(db.dsl(), day);
            DashboardTally.Totals totals = DashboardTally.read(db.dsl(), day);
            DashboardCounts charts = full.chartCounts();
            Map<GapKind, Integer> gaps = full.gapCounts();
            assertThat(totals).as(when + ", built").isNotNull();
            assertThat(totals.charts()).as(when + ", charts on " + day).isEqualTo(charts);
            assertThat(totals.gaps()).as(when + ", gaps on " + day).isEqualTo(gaps);
            assertThat(totals.affected()).as(when + ", integrations with gaps on " + day)
                    .isEqualTo(full.affectedIntegrations());
            for (GapKind kind : GapKind.values()) {
                assertThat(full.page(kind, 0, 1_000)).as(when + ", " + kind + " in the gaps' index on " + day)
                        .isEqualTo(full.scanned(kind, 0, 1_000));
            }
            assertQueueTallyMatches(when, day);
        }
    }

    /// The review queue's kept counts against its count over the attestations, at the first and the last
    /// instant of `day` and at noon, so that the expiry of every signed attestation in the fixture falls before,
    /// on and after the instant asked about, for horizons of one day and of thirty.
    private void assertQueueTallyMatches(String when, LocalDate day) {
        Instant starts = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Instant now : List.of(starts, starts.plus(Duration.ofHours(12)), starts.plus(Duration.ofDays(1))
                .minusNanos(1_000))) {
            for (int dueWithin : new int[]{1, 30}) {
                ReviewQueueQueries queue = new ReviewQueueQueries(db.dsl(), ReviewQueueQuery.of(now, dueWithin));
                assertThat(queue.counts()).as(when + ", the review queue at " + now + " due within " + dueWithin)
                        .isEqualTo(queue.exactCounts());
            }
        }
    }

    /// Every row of the gaps' index, in a fixed order.
    private List<List<Object>> gapRows() {
        return db.dsl().selectFrom(DASHBOARD_GAP).orderBy(DASHBOARD_GAP.BATCH_ID, DASHBOARD_GAP.KIND,
                        DASHBOARD_GAP.INTEGRATION_ID, DASHBOARD_GAP.ORD, DASHBOARD_GAP.FROM_DAY, DASHBOARD_GAP.TO_DAY)
                .fetch(r -> List.of(r.getBatchId(), r.getKind(), r.getName(), r.getIntegrationId(), r.getOrd(),
                        r.getFromDay(), r.getToDay()));
    }

    private List<DashboardTallyRecord> tallyRows() {
        return db.dsl().selectFrom(DASHBOARD_TALLY).orderBy(DASHBOARD_TALLY.TALLY_KEY, DASHBOARD_TALLY.FROM_DAY,
                DASHBOARD_TALLY.TO_DAY, DASHBOARD_TALLY.BATCH_ID).fetch();
    }

    private static Integration withParts(Integration i, List<Long> backups, List<Credential> credentials,
                                         RevocationPath revocation) {
        return new Integration(i.id(), i.version(), i.name(), i.purpose(), i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), backups, i.dataAccess(), i.tools(),
                i.agentLinks(), credentials, revocation, i.nextReview(), i.updatedAt(), i.updatedBy());
    }
}
