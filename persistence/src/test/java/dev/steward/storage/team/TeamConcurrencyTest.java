package dev.steward.storage.team;

import dev.steward.model.classification.Answers;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.StaleRecordException;
import dev.steward.testing.TeamDatabaseExtension;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/// Eight people, each on their own login and connections, work in one team register at once: all edit one
/// integration, all try to create the same new name in each round, each classifies and edits its own, and one
/// imports a CSV of several chunks meanwhile. No
/// successful edit is lost, every refused write was refused by the database (a stale version, or the unique
/// name), and the audit chain is intact afterwards.
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

    @Test
    void eightClientsLoseNothingAndKeepTheChain() throws Exception {
        long shared;
        try (Database owner = Database.openTeam(TEAM.address(), TeamServer.OWNER, null)) {
            shared = new RegisterService(owner, () -> TeamServer.OWNER)
                    .create(TestRegisters.minimal("Shared triage bot", IntegrationKind.AUTONOMOUS_AGENT)).id();
        }
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        CyclicBarrier everyRound = new CyclicBarrier(CLIENTS);
        List<Future<Integer>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            String login = "client_" + c;
            TEAM.server().createLogin(login, "steward_reviewer");
            clients.add(threads.submit(() -> work(login, shared, everyRound)));
        }
        int classified = 0;
        for (Future<Integer> client : clients) {
            classified += client.get(5, TimeUnit.MINUTES);
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
            assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
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
            Integration own = register.create(TestRegisters.minimal("Own bot of " + login, IntegrationKind.MCP_SERVER));
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
        }
        return classified;
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
