package dev.steward.bench;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.Database;
import dev.steward.storage.IntegrationPage;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// Register search and filter latency through {@link RegisterService#search}: one page of 50 plus the total,
/// as the table would ask for it, each against the same filter as a plain count on the bare table (what
/// the database needs just to find the rows; for quick search, the term rows the word begins). The largest register is then handed to {@link HeapProbe}.
final class SearchBench {
    static final int PAGE = 50;

    private record Case(String label, SearchQuery query, boolean middle, String rawSql) {
    }

    private SearchBench() {
    }

    static void run(BenchConfig config, Results results) {
        Path dir = config.out().resolve("data");
        String largest = null;
        long largestSize = 0;
        for (int size : config.sizes()) {
            String name = "search-" + size;
            try (Database db = BenchData.freshRegister(dir, name)) {
                BenchData.people(db.dataSource(), BenchData.peopleFor(size));
                BenchData.integrations(db.dataSource(), 1, size, BenchData.peopleFor(size), true, 0);
                if (config.runs("search")) {
                    measure(config, results, db, size);
                }
            }
            if (size >= largestSize) {
                largest = name;
                largestSize = size;
            }
        }
        if (largest != null && config.runs("heap")) {
            heap(config, results, dir.resolve(largest), largestSize);
        }
    }

    private static void measure(BenchConfig config, Results results, Database db, int size) {
        RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
        String word = "ledger";
        List<Case> cases = List.of(
                new Case("first page by name", SearchQuery.ALL, false, "SELECT COUNT(*) FROM integration"),
                new Case("middle page by name", SearchQuery.ALL, true, "SELECT COUNT(*) FROM integration"),
                new Case("sorted by vendor, descending", SearchQuery.ALL.sortedBy(SearchQuery.Sort.VENDOR, false),
                        false, "SELECT COUNT(*) FROM integration"),
                new Case("quick search '" + word + "'", SearchQuery.ALL.withText(word), false,
                        BenchData.termRowsBeginning(word)),
                new Case("quick search matching nothing", SearchQuery.ALL.withText("zqxj"), false,
                        BenchData.termRowsBeginning("zqxj")),
                new Case("filter kind + status", SearchQuery.ALL.withKinds(Set.of(IntegrationKind.MCP_SERVER))
                        .withStatuses(Set.of(LifecycleStatus.ACTIVE)), false,
                        "SELECT COUNT(*) FROM integration WHERE kind = 'MCP_SERVER' AND status = 'ACTIVE'"),
                new Case("filter latest verdict + tier", SearchQuery.ALL.withVerdicts(Set.of(NhiVerdict.NHI))
                        .withTiers(Set.of(RiskTier.HIGH)), false,
                        "SELECT COUNT(*) FROM integration WHERE latest_verdict = 'NHI' AND latest_risk_tier = 'HIGH'"));
        int warmup = config.quick() ? 1 : 2;
        int runs = config.quick() ? 3 : 7;
        double targetMs = size <= 100_000 ? 50 : 200;
        for (Case c : cases) {
            int offset = c.middle() ? size / 2 : 0;
            IntegrationPage check = service.search(c.query(), offset, PAGE);
            if (check.total() == 0 && !c.label().contains("nothing")) {
                throw new IllegalStateException("'" + c.label() + "' matched nothing; the benchmark data changed?");
            }
            // H2 hands back the previous result of an identical query while no table it reads has changed;
            // a user typing a new word never gets that, so every timed run follows a write
            Runnable touch = () -> BenchData.touch(db.dataSource());
            double ms = Timing.median(warmup, runs, touch, () -> service.search(c.query(), offset, PAGE));
            double raw = Timing.median(warmup, runs, touch, () -> BenchData.count(db.dataSource(), c.rawSql()));
            results.add(Result.of("Search: " + c.label() + " (page of " + PAGE + " + total)",
                    size + " integrations", ms, "ms", raw, "plain count with the same filter",
                    "<= " + (int) targetMs + " ms", ms <= targetMs));
        }
    }

    private static void heap(BenchConfig config, Results results, Path register, long size) {
        Map<String, String> heap = ChildJvm.run(List.of("-Xmx2g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                HeapProbe.class, List.of(register.toString()), config.out().resolve("heap-child.log"));
        double usedMb = Long.parseLong(heap.get("used")) / 1_048_576.0;
        double fileMb;
        try {
            fileMb = Files.size(register.resolveSibling(register.getFileName() + ".mv.db")) / 1_048_576.0;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        results.add(Result.of("Heap used by the register tab: first rows, people, a block in the middle and the last", size
                + " integrations", usedMb, "MB", fileMb, "database file size", "<= 512 MB", usedMb <= 512));
    }
}
