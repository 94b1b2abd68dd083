package dev.steward.bench;

import dev.steward.app.paging.PagedRows;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.model.dashboard.GapKind;
import dev.steward.service.attestation.ReviewQueueSnapshot;
import dev.steward.service.register.DashboardSummary;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.ReviewQueueQuery;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

/// The dashboard and the review queue at a million integrations (issue 17): what each tab reads when shown, each beside a plain query
/// on the bare table in the same run. The register is {@link ScaleRegister}'s, with every kind of gap.
final class DashboardBench {
    private static final int BLOCK = 100;
    private static final double TARGET_MS = 200;

    private DashboardBench() {
    }

    static void run(BenchConfig config, Results results, int size) {
        Path base = ScaleRegister.ensure(config.out().resolve("data"), size);
        try (Database db = Database.open(base)) {
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            // one warm-up and the median of three: at a million each read of a cold page cache takes long
            int warmup = 1;
            int runs = 3;
            Runnable touch = () -> BenchData.touch(db.dataSource());
            String at = size + " integrations";
            if (!Boolean.getBoolean("bench.searchOnly")) {
                dashboardAndQueue(results, db, service, size, warmup, runs, touch, at);
            }
            letterSearch(results, db, service, warmup, runs, touch, at);
        }
    }

    private static void dashboardAndQueue(Results results, Database db, RegisterService service, int size, int warmup,
                                          int runs, Runnable touch, String at) {
        LocalDate today = LocalDate.now();
        DashboardSummary summary = service.dashboard(today);
        if (summary.integrations() != size || summary.gaps() == 0) {
            throw new IllegalStateException("Unexpected dashboard: " + summary);
        }
        String scan = "SELECT COUNT(*), status FROM integration GROUP BY status";
        double raw = Timing.median(warmup, runs, touch, () -> BenchData.count(db.dataSource(), scan));
        String rawWhat = "one GROUP BY status over the bare table";

        measure(results, "Dashboard: charts and gap counts (RegisterService.dashboard)", at, warmup, runs, touch,
                () -> service.dashboard(today), raw, rawWhat, true);
        measure(results, "Dashboard: first block of gaps, all kinds (100 rows)", at, warmup, runs, touch,
                () -> service.gaps(null, summary.gapCounts(), 0, BLOCK, today), raw, rawWhat, true);
        GapKind rare = rarest(summary);
        measure(results, "Dashboard: first block of the rarest kind (" + rare + ", "
                        + summary.gapCounts().get(rare) + " gaps)", at, warmup, runs, touch,
                () -> service.gaps(rare, summary.gapCounts(), 0, BLOCK, today), raw, rawWhat, true);
        measure(results, "Dashboard: a block in the middle of all gaps (drill-down scroll)", at, warmup, runs, touch,
                () -> service.gaps(null, summary.gapCounts(), summary.gaps() / 2, BLOCK, today), raw, rawWhat,
                false);
        measure(results, "Dashboard: integrations with any gap (summary line, read after the rest)", at, 0,
                1, touch, () -> service.integrationsWithGaps(today), raw, rawWhat, false);

        // the review queue in SQL: the tab's first read (every category's count, the list's size and its first
        // block), then a block half-way down the list as a scroll reads it
        double attestations = Timing.median(warmup, runs, touch,
                () -> BenchData.count(db.dataSource(), "SELECT COUNT(*) FROM attestation"));
        String attestationsWhat = "a plain COUNT(*) of the attestation table";
        ReviewQueueQuery queue = ReviewQueueQuery.of(Instant.now(), 30);
        ReviewQueueSnapshot first = service.reviewQueue(queue, PagedRows.BLOCK);
        if (first.all().total() == 0) {
            throw new IllegalStateException("Unexpected empty review queue");
        }
        measure(results, "Review queue: counts and first block of 100 (RegisterService.reviewQueue, "
                        + first.all().total() + " rows)", at, warmup, runs, touch,
                () -> service.reviewQueue(queue, PagedRows.BLOCK), attestations, attestationsWhat, true);
        measure(results, "Review queue: a block in the middle (scroll)", at, warmup, runs, touch,
                () -> service.reviewQueuePage(queue, first.matching(), first.matching().total() / 2, PagedRows.BLOCK),
                attestations, attestationsWhat, false);
        ReviewQueueQuery returned = queue.withCategory(QueueCategory.RETURNED);
        measure(results, "Review queue: counts and first block of one category (RETURNED)", at, warmup, runs, touch,
                () -> service.reviewQueue(returned, PagedRows.BLOCK), attestations, attestationsWhat, true);
    }

    private static void letterSearch(Results results, Database db, RegisterService service, int warmup, int runs,
                                     Runnable touch, String at) {
        // the single-letter quick search: first page with an estimate, then the exact count
        String letter = BenchData.termRowsBeginning("l");
        double terms = Timing.median(warmup, runs, touch, () -> BenchData.count(db.dataSource(), letter));
        String termsWhat = "count of the term rows 'l' begins";
        measure(results, "Search: quick search 'l', first block of 100 with an estimated count", at, warmup, runs,
                touch, () -> service.firstBlock(dev.steward.storage.SearchQuery.ALL.withText("l"), BLOCK), terms,
                termsWhat, true);
        measure(results, "Search: quick search 'l', first block of 100 with the exact count (read after)", at,
                warmup, runs, touch, () -> service.block(dev.steward.storage.SearchQuery.ALL.withText("l"), 0, BLOCK),
                terms, termsWhat, false);
    }

    private static GapKind rarest(DashboardSummary summary) {
        return summary.gapCounts().entrySet().stream().min(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
    }

    private static void measure(Results results, String metric, String size, int warmup, int runs, Runnable touch,
                                Supplier<?> work, double raw, String rawWhat, boolean targeted) {
        double ms = Timing.median(warmup, runs, touch, work::get);
        results.add(Result.of(metric, size, ms, "ms", raw, rawWhat, targeted ? "<= 200 ms" : "",
                targeted ? ms <= TARGET_MS : null));
        System.out.println(metric + ": " + ms + " ms (raw " + raw + " ms)");
    }

    /// Runs this benchmark alone (`-Dbench.out=DIR DashboardBench SIZE`), on the register left in DIR/data when
    /// there is one.
    public static void main(String[] args) {
        BenchConfig config = BenchConfig.fromSystemProperties();
        run(config, new Results(config.out(), config), Integer.parseInt(args[0]));
    }
}
