package dev.steward.bench;

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

/// N people saving at once on one PostgreSQL server (issue 14): each client is its own login with its own
/// {@link RegisterServices} (its own connection pool), all creating integrations at once; the save latency is
/// taken over every save of every client. A further client watches ({@link RegisterServices#watchChanges}) while
/// one more saves alone: the time from that save returning (committed) to the watcher being told is how long a
/// change takes to reach someone else's window (before it re-reads).
///
/// Needs a server: `-Dbench.team=postgresql://host:port/database` naming an empty database the owner login
/// (`-Dbench.teamOwner`, default steward_owner; password in STEWARD_PASSWORD) owns; the bench runs `team init`
/// and adds its own logins (bench_RUN_N, reviewers). See docs/benchmarks.md.
final class TeamBench {
    private static final int SAVES_PER_CLIENT = 25;
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
        for (int i = 0; i <= most; i++) {
            String login = run + "_" + i;
            admin.addPerson(login, "Bench client " + i, null, EnumSet.of(Role.REVIEWER),
                    CLIENT_PASSWORD.toCharArray());
            logins.add(login);
        }
        for (int clients : List.of(8, 32)) {
            saves(address, logins.subList(1, clients + 1), results, clients);
        }
        notifications(address, logins.get(0), logins.get(1), results);
    }

    private static RegisterServices open(TeamAddress address, String login) {
        return RegisterServices.openTeam(address, login, CLIENT_PASSWORD.toCharArray(), Actor.system(() -> login), Clock.systemUTC(),
                RegisterServices.Security.production());
    }

    private static void saves(TeamAddress address, List<String> logins, Results results, int clients)
            throws Exception {
        List<RegisterServices> opened = new ArrayList<>();
        for (String login : logins) {
            opened.add(open(address, login));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<double[]>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                RegisterServices services = opened.get(c);
                String login = logins.get(c);
                each.add(pool.submit(() -> {
                    start.await();
                    double[] ms = new double[SAVES_PER_CLIENT];
                    for (int i = 0; i < SAVES_PER_CLIENT; i++) {
                        Integration draft = draft(login + " of " + clients + " integration " + i,
                                i % 2 == 0 ? IntegrationKind.ASSISTANT_COPILOT : IntegrationKind.AUTONOMOUS_AGENT);
                        ms[i] = Timing.ms(() -> services.register().create(draft));
                    }
                    return ms;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            List<Double> all = new ArrayList<>();
            for (Future<double[]> future : each) {
                for (double ms : future.get(10, TimeUnit.MINUTES)) {
                    all.add(ms);
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            double[] sorted = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String size = clients + " clients x " + SAVES_PER_CLIENT + " saves";
            results.add(Result.of("Team save latency p50", size, percentile(sorted, 50), "ms", null, "", "", null));
            results.add(Result.of("Team save latency p95", size, percentile(sorted, 95), "ms", null, "", "", null));
            results.add(Result.of("Team saves per second", size, sorted.length / seconds, "/s", null, "", "", null));
        } finally {
            pool.shutdownNow();
            opened.forEach(RegisterServices::close);
        }
    }

    private static void notifications(TeamAddress address, String watcherLogin, String writerLogin, Results results)
            throws Exception {
        LinkedBlockingQueue<Long> told = new LinkedBlockingQueue<>();
        try (RegisterServices watcher = open(address, watcherLogin); RegisterServices writer = open(address, writerLogin);
             AutoCloseable ignored = watcher.watchChanges(by -> told.add(System.nanoTime()), () -> { })) {
            // the listener connects in the background: wait until a first change reaches it
            waitUntilTold(writer, told, "warm-up");
            double[] ms = new double[NOTIFY_SAMPLES];
            for (int i = 0; i < NOTIFY_SAMPLES; i++) {
                told.clear();
                long saved = create(writer, writerLogin + " watched " + i);
                Long at = told.poll(60, TimeUnit.SECONDS);
                if (at == null) {
                    throw new IllegalStateException("The watching client was not told of save " + i);
                }
                ms[i] = Math.max(0, at - saved) / 1e6;
            }
            Arrays.sort(ms);
            String size = "1 writer, 1 watcher";
            results.add(Result.of("Team change seen by another client p50", size, percentile(ms, 50), "ms", null, "",
                    "", null));
            results.add(Result.of("Team change seen by another client p95", size, percentile(ms, 95), "ms", null, "",
                    "", null));
        }
    }

    private static void waitUntilTold(RegisterServices writer, LinkedBlockingQueue<Long> told, String name)
            throws InterruptedException {
        for (int attempt = 0; attempt < 60; attempt++) {
            create(writer, "bench " + name + " " + attempt + " " + System.nanoTime());
            if (told.poll(1, TimeUnit.SECONDS) != null) {
                return;
            }
        }
        throw new IllegalStateException("The watching client never heard of a change");
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
