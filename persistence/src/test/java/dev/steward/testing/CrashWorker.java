package dev.steward.testing;

import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.storage.Database;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/// A child process for {@link CrashSafetyTest}: imports batches and edits records in a loop and reports each
/// commit on stdout, until it is killed. Arguments: register file, work folder, run number, random seed.
public final class CrashWorker {
    public static final int BATCH = 40;

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int run = Integer.parseInt(args[2]);
        Random random = new Random(Long.parseLong(args[3]));
        PrintStream out = System.out;
        try (Database db = Database.open(file)) {
            RegisterService service = new RegisterService(db, () -> "crash-worker");
            service.loadSampleData();
            out.println("READY");
            out.flush();
            for (int step = 0; ; step++) {
                if (random.nextBoolean()) {
                    importBatch(db, work, run, step);
                    out.println("IMPORT " + run + "-" + step);
                } else {
                    List<Integration> all = service.integrations();
                    Integration target = all.get(random.nextInt(all.size()));
                    if (target.isRetired()) {
                        continue;
                    }
                    Integration saved = service.update(withPurpose(target, "edit " + run + "-" + step));
                    out.println("EDIT " + saved.id() + " " + saved.version());
                }
                out.flush();
            }
        }
    }

    private static void importBatch(Database db, Path work, int run, int step) {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            drafts.add(withPurpose(Integration.draft("batch " + run + "-" + step + " #" + i, IntegrationKind.MCP_SERVER),
                    "Serves repository files to the crash test."));
        }
        Path csv = work.resolve("batch-" + run + "-" + step + ".csv");
        new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
        RegisterImporter importer = new RegisterImporter(db, () -> "crash-worker", Clock.systemUTC());
        ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
        if (plan.hasProblems()) {
            throw new IllegalStateException("generated batch has problems: " + plan.problems());
        }
        importer.execute(plan, ImportMode.ALL_OR_NOTHING, null, ProgressMonitor.NONE);
        try {
            Files.deleteIfExists(csv);
        } catch (java.io.IOException ignored) {
            // a leftover work file does not matter
        }
    }

    private static Integration withPurpose(Integration i, String purpose) {
        return new Integration(i.id(), i.version(), i.name(), purpose, i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), i.backupOwnerIds(), i.dataAccess(),
                i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(), i.updatedAt(), i.updatedBy());
    }
}
