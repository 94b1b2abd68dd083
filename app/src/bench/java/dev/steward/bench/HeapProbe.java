package dev.steward.bench;

import dev.steward.model.register.LifecycleStatus;
import dev.steward.persistence.Database;
import dev.steward.persistence.IntegrationPage;
import dev.steward.persistence.RegisterService;
import dev.steward.persistence.SearchQuery;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// Child JVM of the heap benchmark: opens a register and loads what a paged register table would hold
/// (the first page, the people list for the owner columns and filters, a count per status for the filter
/// menu), then reports the heap in use after a full GC, database cache included.
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            List<Object> held = new ArrayList<>();
            held.add(service.search(SearchQuery.ALL, 0, SearchBench.PAGE));
            held.add(service.people());
            for (LifecycleStatus status : LifecycleStatus.values()) {
                IntegrationPage count = service.search(SearchQuery.ALL.withStatuses(Set.of(status)), 0, 1);
                held.add(count.total());
            }
            System.gc();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("BENCH used=" + used);
            Reference.reachabilityFence(held);
        }
    }
}
