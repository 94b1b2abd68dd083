package dev.steward.bench;

import dev.steward.app.RecordingDialogs;
import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.app.register.RegisterViewModel;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;

/// Child JVM of the heap benchmark: opens a register and loads what the register tab holds, through its own
/// view model: the first rows and the people as at start-up, then a block in the middle and the last block
/// as a user scrolling there would fetch them. Reports the heap in use after a full GC, database cache
/// included.
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            RegisterService service = new RegisterService(db, () -> BenchData.ACTOR);
            RegisterViewModel register = new RegisterViewModel(new CheckedExecutor(), new RecordingDialogs());
            register.attach(service, args[0], RegisterViewModel.firstLoad(service));
            int rows = register.visibleRows().size();
            List<Object> held = List.of(register, register.visibleRows().get(rows / 2),
                    register.visibleRows().get(rows - 1));
            System.gc();
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("BENCH used=" + used + " rows=" + rows);
            Reference.reachabilityFence(held);
        }
    }
}
