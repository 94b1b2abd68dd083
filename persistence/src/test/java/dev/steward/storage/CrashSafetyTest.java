package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.CrashWorker;

import dev.steward.model.register.Integration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/// Kills a writing child process with SIGKILL at random moments, many times over one register file, and checks
/// after each kill that the register opens, that every commit the child reported is there (the newest one
/// included: a report line is printed only after its commit returned, so each one was acknowledged), and that
/// nothing half-written is visible: import batches are all there or absent, every integration has its CREATE
/// audit events, and the audit chain is intact.
///
/// The normal test command kills {@value #KILLS_PER_REGISTER} times. The kill harness runs many more, on a fresh
/// register every {@value #KILLS_PER_REGISTER} kills, and prints the count of lost acknowledged commits
/// (docs/robustness.md):
/// `./mvnw25 -B -pl persistence -am test -Dtest=CrashSafetyTest -Dsurefire.failIfNoSpecifiedTests=false -Dsteward.crash.kills=504`
class CrashSafetyTest {
    static final int KILLS_PER_REGISTER = 8;
    /// The number of kills, for the harness; the normal test command leaves it unset.
    static final String KILLS_PROPERTY = "steward.crash.kills";

    @TempDir
    Path dir;

    @Test
    void sigkillDuringImportsAndEditsLosesNoAcknowledgedCommitAndShowsNothingHalfWritten() throws Exception {
        int kills = Integer.getInteger(KILLS_PROPERTY, KILLS_PER_REGISTER);
        Random random = new Random(20261127);
        List<String> lost = new ArrayList<>();
        int acknowledged = 0;
        int killsThatLost = 0;
        Acknowledged committed = null;
        Path file = null;
        for (int kill = 0; kill < kills; kill++) {
            if (kill % KILLS_PER_REGISTER == 0) {
                if (file != null) {
                    System.out.printf("CrashSafetyTest: after %d kills, %d acknowledged commits, %d lost%n",
                            kill, acknowledged, lost.size());
                    deleteRegister(file);
                }
                file = dir.resolve("register-" + kill / KILLS_PER_REGISTER);
                committed = new Acknowledged();
            }
            List<String> commits = runAndKill(file, kill, random.nextLong(), 200 + random.nextInt(1500)).stream()
                    .filter(l -> !l.equals("READY")).toList();
            acknowledged += commits.size();
            committed.add(commits, kill);
            List<String> lostNow = checkAfterKill(file, committed, kill);
            if (!lostNow.isEmpty()) {
                killsThatLost++;
                lost.addAll(lostNow);
            }
        }
        System.out.printf("CrashSafetyTest: %d kills, %d acknowledged commits, %d lost (in %d kills)%n",
                kills, acknowledged, lost.size(), killsThatLost);
        assertThat(acknowledged).as("the child must have committed work before being killed").isPositive();
        assertThat(lost).as("acknowledged commits missing after a SIGKILL (%d kills)", kills).isEmpty();
    }

    /// What the children reported as committed to one register file, across its kills.
    private static final class Acknowledged {
        /// import batch name → the kill during which it was reported
        final Map<String, Integer> imports = new java.util.LinkedHashMap<>();
        /// each reported edit: integration id, its version after the edit, and the kill
        final List<long[]> edits = new ArrayList<>();

        void add(List<String> commits, int kill) {
            for (String line : commits) {
                String[] parts = line.split(" ");
                switch (parts[0]) {
                    case "IMPORT" -> imports.put(parts[1], kill);
                    case "EDIT" -> edits.add(new long[]{Long.parseLong(parts[1]), Long.parseLong(parts[2]), kill});
                    default -> throw new AssertionError("unexpected report from the worker: " + line);
                }
            }
        }
    }

    /// Starts a worker, lets it write for `millis` after its first commit, kills it hard, returns its reports.
    private List<String> runAndKill(Path file, int kill, long seed, int millis) throws Exception {
        Path err = dir.resolve("worker-" + kill + ".err");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived worker needs no optimising compiler or parallel collector: less CPU per kill
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName(), file.toString(), dir.toString(), String.valueOf(kill), String.valueOf(seed))
                .redirectError(err.toFile())
                .start();
        List<String> reports = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    reports.add(line);
                }
            } catch (IOException ignored) {
                // the stream ends when the child is killed
            }
        });
        // generous: it catches a hung worker, not a slow machine
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // wait for the first commit, so every run kills a worker that is busy writing, however loaded the machine
        while (reports.size() < 2) {
            if (!child.isAlive()) {
                throw new AssertionError("worker died before its first commit: " + Files.readString(err));
            }
            assertThat(System.nanoTime()).as("kill %d: the worker's first commit", kill).isLessThan(deadline);
            Thread.sleep(20);
        }
        Thread.sleep(millis);
        child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no clean close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        Files.deleteIfExists(err);
        return List.copyOf(reports);
    }

    /// Opens the register after a kill and fails at once on anything half-written. Returns the acknowledged
    /// commits that are missing, each described, so the test can count them all before it fails.
    private static List<String> checkAfterKill(Path file, Acknowledged committed, int kill) {
        List<String> lost = new ArrayList<>();
        try (Database db = Database.open(file)) {
            RegisterService service = new RegisterService(db, () -> "checker");
            List<Integration> all = service.integrations();
            Map<String, Long> batchSizes = all.stream().filter(i -> i.name().startsWith("batch "))
                    .collect(Collectors.groupingBy(i -> i.name().substring("batch ".length(), i.name().indexOf(" #")),
                            Collectors.counting()));
            assertThat(batchSizes.values()).as("kill %d: no batch is partly there", kill)
                    .allMatch(n -> n == CrashWorker.BATCH);
            committed.imports.forEach((batch, reportedIn) -> {
                if (!batchSizes.containsKey(batch)) {
                    lost.add("kill %d: import %s, reported during kill %d".formatted(kill, batch, reportedIn));
                }
            });
            Map<Long, Integration> byId = all.stream().collect(Collectors.toMap(Integration::id, i -> i));
            for (long[] edit : committed.edits) {
                Integration now = byId.get(edit[0]);
                if (now == null || now.version() < edit[1]) {
                    lost.add("kill %d: edit of %d to version %d, reported during kill %d (version now %s)"
                            .formatted(kill, edit[0], edit[1], edit[2], now == null ? "none" : now.version()));
                }
            }
            for (Integration i : all) {
                int creates = db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq(AuditLog.INTEGRATION)
                        .and(AUDIT_EVENT.ENTITY_ID.eq(i.id())).and(AUDIT_EVENT.ACTION.eq(AuditLog.CREATE)));
                assertThat(creates).as("kill %d: CREATE events of %s", kill, i.name()).isPositive();
            }
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).as("kill %d: audit chain", kill).isTrue();
        }
        return lost;
    }

    /// The harness makes a register per {@value #KILLS_PER_REGISTER} kills; it drops each when it is done.
    private static void deleteRegister(Path base) throws IOException {
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(base.getFileName() + ".")).toList()) {
                Files.delete(f);
            }
        }
    }
}
