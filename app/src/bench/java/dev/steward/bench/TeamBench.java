package dev.steward.bench;

import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.register.RegisterViewModel;
import dev.steward.app.team.LiveRefresh;
import dev.steward.model.access.Role;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.team.TeamAdministration;
import dev.steward.storage.TeamAddress;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;

/// N people saving at once on one PostgreSQL server (issue 14), each client its own login with its own
/// {@link RegisterServices} (its own connection pool):
///
/// - with nobody else saving, the time from one client's save returning (committed) to another client being
///   told ({@link RegisterServices#watchChanges}), and to that client's window showing the row: the register's
///   view model kept current by {@link LiveRefresh} on a headless JavaFX platform, its gathering pause and its
///   re-read included, the row found among those the table shows;
/// - with 8 and then 32 clients saving continuously, the save latency over every save of every client, and
///   the time until the window shows one more client's save meanwhile.
///
/// Needs a server: `-Dbench.team=postgresql://host:port/database` naming an empty database the owner login
/// (`-Dbench.teamOwner`, default steward_owner; password in STEWARD_PASSWORD) owns; the bench runs `team init`
/// and adds its own logins (bench_RUN_N, reviewers). See docs/benchmarks.md.
final class TeamBench {
    private static final int NOTIFY_SAMPLES = 30;
    private static final String CLIENT_PASSWORD = "bench client password 14";

    private TeamBench() {
    }

    static void run(BenchConfig config, Results results) throws Exception {
        String url = System.getProperty("bench.team", "");
        if (url.isBlank()) {
            System.out.println("team: skipped (no -Dbench.team=postgresql://...)");
            return;
        }
        TeamAddress address = TeamAddress.parse(url);
        String owner = System.getProperty("bench.teamOwner", "steward_owner");
        String ownerPassword = System.getenv("STEWARD_PASSWORD");
        char[] ownerSecret = ownerPassword == null ? null : ownerPassword.toCharArray();
        TeamAdministration admin = new TeamAdministration(address, owner, ownerSecret);
        admin.init();
        int most = 32;
        String run = "bench_" + Long.toString(System.currentTimeMillis() / 1000, 36);
        List<String> logins = new ArrayList<>();
        // 0 watches, 1 writes what 0 watches for, the others are the team saving meanwhile
        for (int i = 0; i < most + 2; i++) {
            String login = run + "_" + i;
            admin.addPerson(login, "Bench client " + i, null, EnumSet.of(Role.REVIEWER),
                    CLIENT_PASSWORD.toCharArray());
            logins.add(login);
        }
        notifications(address, logins.get(0), logins.get(1), results);
        startHeadlessFx();
        FxUiExecutor executor = new FxUiExecutor();
        try (RegisterServices watcher = open(address, logins.get(0)); RegisterServices writer = open(address, logins.get(1));
             WatchingWindow window = new WatchingWindow(watcher, executor, address)) {
            window.warmUp(writer);
            reportShown(results, "nobody else saving", window.samples(writer));
            for (int clients : List.of(8, 32)) {
                savesMeanwhile(address, logins.subList(2, clients + 2), results, () -> window.samples(writer));
            }
        } finally {
            executor.shutdown(java.time.Duration.ofSeconds(10));
        }
    }

    private static RegisterServices open(TeamAddress address, String login) {
        return RegisterServices.openTeam(address, login, CLIENT_PASSWORD.toCharArray(), Actor.system(() -> login), Clock.systemUTC(),
                RegisterServices.Security.production());
    }

    /// Every client of `logins` saves new integrations one after another until `meanwhile` (run on this
    /// thread) returns the delays it measured; reports the latency of every save and those delays.
    private static void savesMeanwhile(TeamAddress address, List<String> logins, Results results,
                                       java.util.concurrent.Callable<double[]> meanwhile) throws Exception {
        int clients = logins.size();
        List<RegisterServices> opened = new ArrayList<>();
        for (String login : logins) {
            opened.add(open(address, login));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Double>>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                RegisterServices services = opened.get(c);
                String login = logins.get(c);
                each.add(pool.submit(() -> {
                    start.await();
                    List<Double> ms = new ArrayList<>();
                    for (int i = 0; saving.get() || i == 0; i++) {
                        Integration draft = draft(login + " of " + clients + " integration " + i,
                                i % 2 == 0 ? IntegrationKind.ASSISTANT_COPILOT : IntegrationKind.AUTONOMOUS_AGENT);
                        ms.add(Timing.ms(() -> services.register().create(draft)));
                    }
                    return ms;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            double[] shown;
            try {
                shown = meanwhile.call();
            } finally {
                saving.set(false);
            }
            List<Double> all = new ArrayList<>();
            for (Future<List<Double>> future : each) {
                all.addAll(future.get(10, TimeUnit.MINUTES));
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String size = clients + " clients saving continuously (" + sorted.length + " saves)";
            results.add(Result.of("Team save latency p50", size, percentile(sorted, 50), "ms", null, "", "", null));
            results.add(Result.of("Team save latency p95", size, percentile(sorted, 95), "ms", null, "", "", null));
            results.add(Result.of("Team saves per second", size, sorted.length / seconds, "/s", null, "", "", null));
            reportShown(results, clients + " clients saving continuously", shown);
        } finally {
            saving.set(false);
            pool.shutdownNow();
            opened.forEach(RegisterServices::close);
        }
    }

    private static void reportShown(Results results, String meanwhile, double[] ms) {
        String size = "1 writer, 1 window; " + meanwhile;
        results.add(Result.of("Team change shown in another client's table p50 (re-read included)", size,
                percentile(ms, 50), "ms", null, "", "within about 2 s", percentile(ms, 50) <= 2000));
        results.add(Result.of("Team change shown in another client's table p95 (re-read included)", size,
                percentile(ms, 95), "ms", null, "", "", null));
    }

    private static void notifications(TeamAddress address, String watcherLogin, String writerLogin, Results results)
            throws Exception {
        LinkedBlockingQueue<Long> told = new LinkedBlockingQueue<>();
        try (RegisterServices watcher = open(address, watcherLogin); RegisterServices writer = open(address, writerLogin);
             AutoCloseable ignored = watcher.watchChanges(by -> told.add(System.nanoTime()), () -> { })) {
            // the listener connects in the background: wait until a first change reaches it
            waitUntilSeen(told, () -> create(writer, "bench warm-up " + System.nanoTime()),
                    "The watching client never heard of a change");
            double[] ms = sampleDelays(told, i -> create(writer, writerLogin + " watched " + i), 0,
                    "The watching client was not told of save ");
            String size = "1 writer, 1 watcher";
            results.add(Result.of("Team change seen by another client p50", size, percentile(ms, 50), "ms", null, "",
                    "", null));
            results.add(Result.of("Team change seen by another client p95", size, percentile(ms, 95), "ms", null, "",
                    "", null));
        }
    }

    /// What an open window on the watcher's side runs: the register's view model, attached to the watcher's
    /// register and refreshed by {@link LiveRefresh}; `shown` is told each time a re-read shows the row named
    /// `awaited`.
    private static final class WatchingWindow implements AutoCloseable {
        private final LinkedBlockingQueue<Long> shown = new LinkedBlockingQueue<>();
        private final AtomicReference<String> awaited = new AtomicReference<>("");
        private final LiveRefresh live;
        /// Counts down, so each new row's name sorts before every earlier one: it is in the first block read.
        private int nextName = 9_999;

        WatchingWindow(RegisterServices watcher, FxUiExecutor executor, TeamAddress address) throws Exception {
            RegisterViewModel window = onFx(() -> new RegisterViewModel(executor, new NoDialogs()));
            onFx(() -> {
                // every re-read ends by showing its rows: look there for the row last saved
                window.registerRevisionProperty().addListener((obs, was, now) -> {
                    String name = awaited.get();
                    if (window.visibleRows().stream().anyMatch(row -> row != null && row.name().equals(name))) {
                        shown.add(System.nanoTime());
                    }
                });
                window.attach(watcher.register(), address.toString());
                return null;
            });
            live = LiveRefresh.start(watcher, executor, window::reload);
        }

        /// Saves until the window has shown one: the live-update connection is made in the background.
        void warmUp(RegisterServices writer) throws InterruptedException {
            waitUntilSeen(shown, () -> create(writer, nextName()), "The watching window never showed a change");
        }

        /// A pause before each sample lets the previous refresh finish: each starts from a quiet window.
        double[] samples(RegisterServices writer) throws InterruptedException {
            return sampleDelays(shown, i -> create(writer, nextName()), 600, "The watching window did not show save ");
        }

        private String nextName() {
            awaited.set(String.format("%s %04d", FIRST_IN_ORDER, nextName--));
            return awaited.get();
        }

        @Override
        public void close() {
            live.close();
        }
    }

    /// Sorts before every other name of the bench, so the saved row is in the first block the window reads.
    private static final String FIRST_IN_ORDER = "000 window";

    private static void startHeadlessFx() throws InterruptedException {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            // another bench of this run started the toolkit: it serves this one as well
            started.countDown();
        }
        started.await();
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(30, TimeUnit.SECONDS);
    }

    /// The bench's window asks nothing of anyone; a dialog it did show would be a failure worth seeing.
    private static final class NoDialogs implements DialogService {
        @Override
        public void showError(String title, String message) {
            throw new IllegalStateException(title + ": " + message);
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return false;
        }

        @Override
        public java.util.Optional<java.nio.file.Path> chooseFileToOpen(String title, FileKind kind) {
            return java.util.Optional.empty();
        }

        @Override
        public java.util.Optional<SaveTarget> chooseFileToSave(String title, String suggestedName, List<FileKind> kinds) {
            return java.util.Optional.empty();
        }

        @Override
        public boolean reviewImportProblems(String fileName, int validRows,
                                            List<dev.steward.model.csv.CsvProblem> problems) {
            return false;
        }
    }

    /// {@link #NOTIFY_SAMPLES} delays, sorted: each from `save` returning (the moment its commit was done) to
    /// the next moment `seen` is given, in milliseconds.
    private static double[] sampleDelays(LinkedBlockingQueue<Long> seen, java.util.function.IntToLongFunction save,
                                         long pauseMs, String missed) throws InterruptedException {
        double[] ms = new double[NOTIFY_SAMPLES];
        for (int i = 0; i < NOTIFY_SAMPLES; i++) {
            Thread.sleep(pauseMs);
            seen.clear();
            long saved = save.applyAsLong(i);
            Long at = seen.poll(60, TimeUnit.SECONDS);
            if (at == null) {
                throw new IllegalStateException(missed + i);
            }
            ms[i] = Math.max(0, at - saved) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    /// Saves (`save`) once a second until `seen` is told of one: the watching side connects in the background.
    private static void waitUntilSeen(LinkedBlockingQueue<Long> seen, Runnable save, String never)
            throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            save.run();
            if (seen.poll(1, TimeUnit.SECONDS) != null) {
                return;
            }
        }
        throw new IllegalStateException(never);
    }

    /// Creates an integration; returns the moment its transaction had committed.
    private static long create(RegisterServices writer, String name) {
        writer.register().create(draft(name, IntegrationKind.ASSISTANT_COPILOT));
        return System.nanoTime();
    }

    /// A proposed integration with what a save requires (a name and a purpose).
    private static Integration draft(String name, IntegrationKind kind) {
        return new Integration(0, 0, name, "Drafts replies to support tickets for the service desk", "Bench vendor",
                kind, null, java.util.Set.of(), dev.steward.model.register.LifecycleStatus.PROPOSED, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), dev.steward.model.register.RevocationPath.EMPTY,
                null, null, null);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
