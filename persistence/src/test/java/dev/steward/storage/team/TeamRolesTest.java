package dev.steward.storage.team;

import dev.steward.model.register.IntegrationKind;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.TeamAddress;
import dev.steward.testing.TeamDatabaseExtension;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestRegisters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The rules of a team register hold in the database itself: each test connects as one person's login with
/// plain JDBC, as anyone could with psql, and tries to break a rule. Every refusal comes from PostgreSQL.
class TeamRolesTest {
    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    private static final String REVIEWER = "rita_reviewer";
    private static final String MANAGER = "mark_manager";
    private static final String SECOND_MANAGER = "mona_manager";
    private static final String AUDITOR = "audrey_auditor";
    private static final String ADMIN = "adam_admin";
    private static final String SECOND_ADMIN = "ada_admin";
    private static long integration;

    @BeforeAll
    static void people() throws SQLException {
        TeamServer server = TEAM.server();
        server.createLogin(REVIEWER, "steward_reviewer");
        server.createLogin(MANAGER, "steward_manager");
        server.createLogin(SECOND_MANAGER, "steward_manager");
        server.createLogin(AUDITOR, "steward_auditor");
        server.createLogin(ADMIN, "steward_admin");
        server.createLogin(SECOND_ADMIN, "steward_admin");
        try (Database db = Database.openTeam(TEAM.address(), REVIEWER, null)) {
            integration = new RegisterService(db, () -> REVIEWER)
                    .create(TestRegisters.minimal("Ticket summariser", IntegrationKind.AUTONOMOUS_AGENT)).id();
        }
        owner("INSERT INTO app_user (username, display_name, password_hash, roles, active, created_at, updated_at)"
                + " VALUES ('" + ADMIN + "', 'Adam', '!', 'ADMIN', TRUE, now(), now()),"
                + " ('" + SECOND_ADMIN + "', 'Ada', '!', 'ADMIN,MANAGER', TRUE, now(), now())");
    }

    @Test
    void anAuditorReadsButWritesNothing() throws SQLException {
        try (Connection c = connect(AUDITOR); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM integration")).isEqualTo(1);
            assertRefused(s, "UPDATE integration SET purpose = 'mine' WHERE id = " + integration, "permission denied");
            assertRefused(s, "DELETE FROM person", "permission denied");
            assertRefused(s, "INSERT INTO setting VALUES ('org', 'x', 'me', now())", "permission denied");
        }
    }

    @Test
    void nobodyButTheOwnerRewritesOrRemovesHistory() throws SQLException {
        for (String login : new String[]{REVIEWER, MANAGER, ADMIN}) {
            try (Connection c = connect(login); Statement s = c.createStatement()) {
                assertRefused(s, "UPDATE audit_event SET new_value = 'nothing happened'", "permission denied");
                assertRefused(s, "DELETE FROM audit_event", "permission denied");
                assertRefused(s, "TRUNCATE audit_event", "permission denied");
                assertRefused(s, "UPDATE audit_head SET seq = 0", "permission denied");
                assertRefused(s, "DELETE FROM audit_checkpoint", "permission denied");
            }
        }
    }

    @Test
    void anAuditEventIsWrittenInTheSessionsOwnName() throws SQLException {
        try (Connection c = connect(REVIEWER); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT * FROM steward_lock_audit_head()");
            assertRefused(s, "INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, "
                    + "prev_hash, hash) SELECT h.seq + 1, now(), '" + MANAGER + "', 'TEST', 1, 'UPDATE', h.hash, "
                    + "repeat('a', 64) FROM audit_head h", "may not log as " + MANAGER);
            c.rollback();
        }
        try (Database db = Database.openTeam(TEAM.address(), REVIEWER, null)) {
            RegisterService pretending = new RegisterService(db, () -> "someone_else");
            assertThatThrownBy(() -> pretending.create(TestRegisters.minimal("Forged author", IntegrationKind.AUTONOMOUS_AGENT)))
                    .hasStackTraceContaining("may not log as someone_else");
            assertThat(new RegisterService(db, () -> REVIEWER).integrations())
                    .extracting(i -> i.name()).doesNotContain("Forged author");
        }
    }

    @Test
    void anEventOutOfTurnIsRefused() throws SQLException {
        try (Connection c = connect(REVIEWER); Statement s = c.createStatement()) {
            assertRefused(s, "INSERT INTO audit_event (seq, occurred_at, actor, entity_type, entity_id, action, "
                    + "prev_hash, hash) SELECT h.seq + 5, now(), '" + REVIEWER + "', 'TEST', 1, 'UPDATE', h.hash, "
                    + "repeat('a', 64) FROM audit_head h", "does not follow the chain head");
        }
    }

    @Test
    void theSignerIsNeverTheSubmitter() throws SQLException {
        long attestation = submittedBy(MANAGER);
        try (Connection c = connect(MANAGER); Statement s = c.createStatement()) {
            assertRefused(s, sign(attestation, MANAGER), "attestation_signer_is_not_submitter");
        }
        try (Connection c = connect(SECOND_MANAGER); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate(sign(attestation, SECOND_MANAGER))).isEqualTo(1);
        }
    }

    @Test
    void onlyAManagerSignsAndOnlyInTheirOwnName() throws SQLException {
        long attestation = submittedBy(REVIEWER);
        try (Connection c = connect(REVIEWER); Statement s = c.createStatement()) {
            assertRefused(s, sign(attestation, REVIEWER), "is not a manager and may not sign");
        }
        long another = submittedBy(REVIEWER);
        try (Connection c = connect(ADMIN); Statement s = c.createStatement()) {
            assertRefused(s, sign(another, ADMIN), "permission denied");
        }
        try (Connection c = connect(MANAGER); Statement s = c.createStatement()) {
            assertRefused(s, sign(another, SECOND_MANAGER), "may not sign in the name of " + SECOND_MANAGER);
        }
    }

    @Test
    void aReviewerCannotSubmitInAnotherPersonsName() throws SQLException {
        try (Connection c = connect(REVIEWER); Statement s = c.createStatement()) {
            assertRefused(s, "INSERT INTO attestation (integration_id, state, created_by, created_at, submitted_by,"
                    + " submitted_at, version) VALUES (" + integration + ", 'SUBMITTED', '" + REVIEWER + "', now(), '"
                    + MANAGER + "', now(), 1)", "may not submit in the name of " + MANAGER);
        }
    }

    /// Two administrators each remove the other's role at the same moment: each alone would leave one, both
    /// together none. The first holds its change open until the second is waiting inside its own update; the
    /// second then sees the first's commit and is refused.
    @Test
    void twoConcurrentDemotionsLeaveAnAdministrator() throws Exception {
        // threads of its own: the common pool may have a single thread on a small machine
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CountDownLatch firstUpdated = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> demote(ADMIN, SECOND_ADMIN,
                firstUpdated::countDown, secondWaiting), threads);
        firstUpdated.await(60, TimeUnit.SECONDS);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> demote(SECOND_ADMIN, ADMIN,
                () -> { }, new CountDownLatch(0)), threads);
        awaitSomeoneWaitingForTheAdministratorLock();
        secondWaiting.countDown();
        String a = first.get(60, TimeUnit.SECONDS);
        String b = second.get(60, TimeUnit.SECONDS);
        threads.shutdown();

        assertThat(a).isEqualTo("committed");
        assertThat(b).contains("at least one active administrator");
        try (Connection c = connect(AUDITOR); Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM app_user WHERE active AND roles LIKE '%ADMIN%'")).isEqualTo(1);
        }
    }

    /// `who` takes ADMIN away from `other`, then commits when `commitWhen` opens.
    private static String demote(String who, String other, Runnable updated, CountDownLatch commitWhen) {
        try (Connection c = connect(who); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE app_user SET roles = 'REVIEWER' WHERE username = '" + other + "'");
            updated.run();
            commitWhen.await(60, TimeUnit.SECONDS);
            c.commit();
            return "committed";
        } catch (SQLException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /// A hang bound, not a timing: returns as soon as the server shows an advisory lock being waited for.
    private static void awaitSomeoneWaitingForTheAdministratorLock() throws Exception {
        try (Connection c = connect(TeamServer.OWNER); Statement s = c.createStatement()) {
            for (int i = 0; i < 6_000; i++) {
                if (count(s, "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") > 0) {
                    return;
                }
                Thread.sleep(10);
            }
        }
        StringBuilder locks = new StringBuilder();
        try (Connection c = connect(TeamServer.OWNER); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT locktype, granted, pid, mode FROM pg_locks")) {
            while (rs.next()) {
                locks.append(rs.getString(1)).append(' ').append(rs.getBoolean(2)).append(' ').append(rs.getInt(3)).append(' ').append(rs.getString(4)).append('\n');
            }
        }
        throw new AssertionError("The second demotion never waited for the first\n" + locks);
    }

    private static String sign(long attestation, String signer) {
        return "UPDATE attestation SET state = 'SIGNED', signed_by = '" + signer + "', signed_at = now(), "
                + "signature = '{}' WHERE id = " + attestation;
    }

    private static long submittedBy(String submitter) throws SQLException {
        try (Connection c = connect(submitter); Statement s = c.createStatement()) {
            var rs = s.executeQuery("INSERT INTO attestation (integration_id, state, created_by, created_at, "
                    + "submitted_by, submitted_at, submission_number, version) VALUES (" + integration + ", 'SUBMITTED', '"
                    + submitter + "', now(), '" + submitter + "', now(), 1, 1) RETURNING id");
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void assertRefused(Statement s, String sql, String why) {
        assertThatThrownBy(() -> s.execute(sql)).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }

    private static int count(Statement s, String sql) throws SQLException {
        var rs = s.executeQuery(sql);
        rs.next();
        return rs.getInt(1);
    }

    private static Connection connect(String login) throws SQLException {
        return TEAM.server().connect(TEAM.address(), login);
    }

    private static void owner(String sql) throws SQLException {
        try (Connection c = connect(TeamServer.OWNER); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @SuppressWarnings("unused")
    private static TeamAddress address() {
        return TEAM.address();
    }
}
