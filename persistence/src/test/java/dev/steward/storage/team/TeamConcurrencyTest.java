package dev.steward.storage.team;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.classification.Answers;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.StaleRecordException;
import dev.steward.storage.StoredAttestation;
import dev.steward.testing.TeamDatabaseExtension;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/// Eight reviewers and two managers, each on their own login and connections, work in one team register at once:
/// the reviewers all edit one integration, all try to create the same new name in each round, each classifies
/// its own, one imports a CSV of several chunks meanwhile, and each submits its own for signature; both managers
/// race to sign every submission as it arrives. No successful edit is lost, every refused write was refused by
/// the database (a stale version, or the unique name), each submission is signed exactly once by a manager who
/// did not submit it, and the audit chain is intact afterwards.
class TeamConcurrencyTest {
    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();
    private static final int CLIENTS = 8;
    private static final int ROUNDS = 8;

    private final AtomicInteger editsSaved = new AtomicInteger();
    private final AtomicInteger editsRefusedAsStale = new AtomicInteger();
    private final AtomicInteger namesRefused = new AtomicInteger();
    private final AtomicInteger imported = new AtomicInteger();
    private static final int IMPORTED = RegisterImporter.CHUNK * 2 + 40;
    private static final List<String> MANAGERS = List.of("manager_a", "manager_b");

    /// Attestations the reviewers submitted, in the order they did; the managers read it as it grows.
    private final List<Long> submitted = new CopyOnWriteArrayList<>();
    private final CountDownLatch reviewersDone = new CountDownLatch(CLIENTS);
    private final AtomicInteger signsRefused = new AtomicInteger();
    private Person sponsor;
    private Person owner;

    @Test
    void eightClientsLoseNothingAndKeepTheChain() throws Exception {
        long shared;
        List<String> reviewers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            reviewers.add("client_" + c);
            TEAM.server().createLogin(reviewers.getLast(), "steward_reviewer");
        }
        MANAGERS.forEach(login -> TEAM.server().createLogin(login, "steward_manager"));
        try (Database db = Database.openTeam(TEAM.address(), TeamServer.OWNER, null)) {
            RegisterService register = new RegisterService(db, () -> TeamServer.OWNER);
            shared = register.create(TestRegisters.minimal("Shared triage bot", IntegrationKind.AUTONOMOUS_AGENT)).id();
            sponsor = register.savePerson(Person.draft("Ana Pereira", "ana@example.com", "CISO", "Security"));
            owner = register.savePerson(Person.draft("Ben Okafor", "ben@example.com", "Platform lead", "IT"));
            UserService users = TestUsers.service(db, Clock.systemUTC());
            reviewers.forEach(login -> users.addTeamAccount(login, "Reviewer " + login, null, Set.of(Role.REVIEWER),
                    TeamServer.OWNER));
            MANAGERS.forEach(login -> users.addTeamAccount(login, "Manager " + login, "Head of IT",
                    Set.of(Role.MANAGER), TeamServer.OWNER));
        }
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS + MANAGERS.size());
        CyclicBarrier everyRound = new CyclicBarrier(CLIENTS);
        List<Future<Integer>> clients = new ArrayList<>();
        for (String login : reviewers) {
            clients.add(threads.submit(() -> {
                try {
                    return work(login, shared, everyRound);
                } finally {
                    reviewersDone.countDown();
                }
            }));
        }
        List<Future<Integer>> managers = new ArrayList<>();
        MANAGERS.forEach(login -> managers.add(threads.submit(() -> signAsTheyArrive(login))));
        int classified = 0;
        for (Future<Integer> client : clients) {
            classified += client.get(5, TimeUnit.MINUTES);
        }
        int signedByManagers = 0;
        for (Future<Integer> manager : managers) {
            signedByManagers += manager.get(5, TimeUnit.MINUTES);
        }
        threads.shutdown();

        try (Database db = Database.openTeam(TEAM.address(), TeamServer.OWNER, null)) {
            RegisterService register = new RegisterService(db, () -> TeamServer.OWNER);
            Integration after = register.integration(shared).orElseThrow();
            // every save that was acknowledged moved the version by one: none overwrote another unseen
            assertThat(after.version()).isEqualTo(1 + editsSaved.get());
            assertThat(editsSaved.get()).isPositive();
            assertThat(editsSaved.get() + editsRefusedAsStale.get()).isEqualTo(CLIENTS * ROUNDS);
            for (int r = 0; r < ROUNDS; r++) {
                String name = "Contested name " + r;
                assertThat(register.integrations()).filteredOn(i -> i.name().equals(name)).hasSize(1);
            }
            assertThat(namesRefused.get()).isEqualTo((CLIENTS - 1) * ROUNDS);
            assertThat(classified).isEqualTo(CLIENTS * ROUNDS);
            assertThat(imported.get()).isEqualTo(IMPORTED);
            assertThat(register.integrations()).filteredOn(i -> i.name().startsWith("Imported meanwhile "))
                    .hasSize(IMPORTED);
            // each submission signed once: the loser of each race was refused (stale row, or no longer submitted)
            assertThat(submitted).hasSize(CLIENTS);
            assertThat(signedByManagers).isEqualTo(CLIENTS);
            assertThat(signsRefused.get()).isEqualTo(CLIENTS * (MANAGERS.size() - 1));
            User auditor = TestUsers.service(db, Clock.systemUTC()).addTeamAccount("auditor", "Auditor", null,
                    Set.of(Role.AUDITOR), TeamServer.OWNER);
            AttestationService verifier = new AttestationService(db, Actor.signedIn(() -> auditor), Clock.systemUTC(),
                    ControlCatalog.builtIn());
            for (long id : submitted) {
                StoredAttestation attestation = verifier.forExport(id);
                assertThat(attestation.attestation().state()).isEqualTo(AttestationState.SIGNED);
                String signer = attestation.attestation().signed().signature().signerUsername();
                assertThat(MANAGERS).contains(signer);
                assertThat(signer).isNotEqualTo(attestation.attestation().snapshot().submittedBy());
                assertThat(verifier.verify(id).valid()).as("attestation " + id).isTrue();
            }
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
            // the dashboard's totals, kept by ten clients at once, agree with a count over the whole register
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            var totals = dev.steward.storage.DashboardTally.read(db.dsl(), today);
            var full = new dev.steward.storage.GapQueries(db.dsl(), today);
            assertThat(totals.gaps()).isEqualTo(full.gapCounts());
            assertThat(totals.charts()).isEqualTo(full.chartCounts());
            assertThat(totals.affected()).isEqualTo(full.affectedIntegrations());
            for (dev.steward.model.dashboard.GapKind kind : dev.steward.model.dashboard.GapKind.values()) {
                assertThat(full.page(kind, 0, 500)).as("the gaps' index, " + kind).isEqualTo(full.scanned(kind, 0, 500));
            }
            // so do the review queue's, kept while the clients submitted and the managers signed at once
            var queue = new dev.steward.storage.ReviewQueueQueries(db.dsl(),
                    dev.steward.storage.ReviewQueueQuery.of(java.time.Instant.now(), 365));
            assertThat(queue.counts()).as("the review queue's kept counts").isEqualTo(queue.exactCounts());
            assertThat(queue.counts().total()).as("signed attestations are queued when due").isPositive();
            assertThat(register.history(shared)).filteredOn(e -> e.action().equals(AuditLog.UPDATE))
                    .extracting(e -> e.actor()).allMatch(actor -> actor.startsWith("client_"));
        }
    }

    /// One client's rounds; returns how many classifications it stored.
    private int work(String login, long shared, CyclicBarrier everyRound) throws Exception {
        Answers answers = TestAnswers.of(TestAnswers.writingAgent());
        int classified = 0;
        try (Database db = Database.openTeam(TEAM.address(), login, null)) {
            RegisterService register = new RegisterService(db, () -> login);
            Integration own = register.create(TestRegisters.fullyFilled("Own bot of " + login, sponsor.id(), owner.id(),
                    List.of()).withStatus(LifecycleStatus.ACTIVE));
            for (int r = 0; r < ROUNDS; r++) {
                everyRound.await(2, TimeUnit.MINUTES);
                if (r == 1 && login.equals("client_0")) {
                    importBesideTheOthers(db, login);
                }
                Integration current = register.integration(shared).orElseThrow();
                try {
                    register.update(TestRegisters.withPurpose(current, login + " round " + r));
                    editsSaved.incrementAndGet();
                } catch (StaleRecordException e) {
                    editsRefusedAsStale.incrementAndGet();
                }
                try {
                    register.create(TestRegisters.minimal("Contested name " + r, IntegrationKind.ASSISTANT_COPILOT));
                } catch (ValidationException | DataAccessException e) {
                    // the name check saw the other's commit, or the unique index refused the insert
                    assertThat(e instanceof ValidationException || isUniqueViolation(e)).as(e.toString()).isTrue();
                    namesRefused.incrementAndGet();
                }
                own = register.integration(own.id()).orElseThrow();
                register.classify(own.id(), own.version(), answers);
                classified++;
            }
            submitForSignature(db, own.id());
        }
        return classified;
    }

    /// Assesses every control that applies to `integration` and submits it, as the login's own account.
    private void submitForSignature(Database db, long integration) {
        User me = TestUsers.service(db, Clock.systemUTC()).sessionAccount();
        AttestationService attestations = new AttestationService(db, Actor.signedIn(() -> me), Clock.systemUTC(),
                ControlCatalog.builtIn());
        attestations.assessments(integration).forEach(a -> attestations.saveAssessment(integration,
                a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "in place", a.version()));
        attestations.startDraft(integration);
        submitted.add(attestations.submit(integration).id());
    }

    /// A manager signing every submission as it arrives, racing the other manager for each; returns how many
    /// this one signed.
    private int signAsTheyArrive(String login) throws InterruptedException {
        int mine = 0;
        try (Database db = Database.openTeam(TEAM.address(), login, null)) {
            UserService users = TestUsers.service(db, Clock.systemUTC());
            User me = users.sessionAccount();
            users.createSigningKey(me, TestUsers.PASSPHRASE.toCharArray());
            AttestationService attestations = new AttestationService(db, Actor.signedIn(() -> me), Clock.systemUTC(),
                    ControlCatalog.builtIn());
            int tried = 0;
            while (tried < submitted.size() || reviewersDone.getCount() > 0) {
                if (tried == submitted.size()) {
                    Thread.sleep(5);
                    continue;
                }
                long id = submitted.get(tried++);
                try {
                    attestations.sign(id, TestUsers.PASSPHRASE.toCharArray());
                    mine++;
                } catch (StaleRecordException | IllegalTransitionException e) {
                    // the other manager signed it first: the row's version had moved on, or it is signed already
                    signsRefused.incrementAndGet();
                }
            }
        }
        return mine;
    }

    /// An import of several chunks by one client while the others edit, create and classify.
    private void importBesideTheOthers(Database db, String login) throws java.io.IOException {
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < IMPORTED; i++) {
            drafts.add(TestRegisters.minimal("Imported meanwhile " + i, IntegrationKind.MCP_SERVER));
        }
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("team-import", ".csv");
        try {
            new RegisterExporter(db).export(drafts, csv, false, ProgressMonitor.NONE);
            RegisterImporter importer = new RegisterImporter(db, () -> login, java.time.Clock.systemUTC());
            imported.set(importer.execute(importer.plan(csv, ProgressMonitor.NONE), ImportMode.ALL_OR_NOTHING, null,
                    ProgressMonitor.NONE).created());
        } finally {
            java.nio.file.Files.deleteIfExists(csv);
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
