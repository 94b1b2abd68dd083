package dev.steward.storage;

import dev.steward.service.register.RegisterService;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// How the audit log is appended to and read: one event per creation, history in the order the chain
/// committed it, and a readable refusal when the chain stays locked.
class AuditAppendTest extends RegisterFixture {

    @Test
    void aCreationIsOneEventHoldingTheRecordAndHistoryStillListsEveryField() {
        Integration created = createFull("Whole record");

        assertThat(db.dsl().fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(created.id())
                .and(AUDIT_EVENT.ENTITY_TYPE.eq(AuditLog.INTEGRATION)))).isEqualTo(1);
        List<AuditEvent> history = service.history(created.id());
        assertThat(history).extracting(AuditEvent::field).startsWith("name", "purpose", "vendor")
                .contains("sponsorId", "backupOwnerIds").doesNotContain(AuditLog.RECORD_FIELD);
        assertThat(history).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.CREATE);
            assertThat(e.oldValue()).isNull();
            assertThat(e.actor()).isEqualTo("alice");
        });
        assertThat(history).filteredOn(e -> e.field().equals("sponsorId")).singleElement()
                .extracting(AuditEvent::newValue).isEqualTo("Ana Pereira");
        assertThat(new AuditLog(db.dsl()).verifyChain().intact()).isTrue();
    }

    @Test
    void historyFollowsTheChainNotTheClocksOfTheMachinesThatWroteIt() {
        // the second save comes from a machine whose clock is an hour behind the first one's
        RegisterService ahead = new RegisterService(db, () -> "alice", fixed("2026-11-30T10:00:00Z"));
        RegisterService behind = new RegisterService(db, () -> "bob", fixed("2026-11-30T09:00:00Z"));
        Integration created = ahead.create(TestRegisters.minimal("Clock skew", dev.steward.model.register.IntegrationKind.MCP_SERVER));
        behind.update(TestRegisters.renamed(created, "Renamed later"));

        List<AuditEvent> history = service.history(created.id());

        assertThat(history.getFirst().action()).as("newest save first").isEqualTo(AuditLog.UPDATE);
        assertThat(history.getLast().action()).isEqualTo(AuditLog.CREATE);
        assertThat(service.recentActivity(1)).singleElement().extracting(AuditEvent::actor).isEqualTo("bob");
    }

    @Test
    void aSaveThatCannotGetTheChainIsRefusedWithAMessageForPeopleAndWritesNothing() throws Exception {
        Integration created = createFull("Blocked");
        shortenLockWaits();
        int eventsBefore = db.dsl().fetchCount(AUDIT_EVENT);
        try (Connection holder = db.dataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                s.executeQuery("SELECT seq FROM audit_head WHERE id = 1 FOR UPDATE").close();
            }
            CompletableFuture<Integration> save = CompletableFuture.supplyAsync(
                    () -> actingAs("bob").update(TestRegisters.renamed(created, "Never saved")));

            assertThatThrownBy(() -> save.get(2, TimeUnit.MINUTES))
                    .cause().isInstanceOf(RegisterBusyException.class)
                    .hasMessage("The register is busy with another change (for example a large import) and this "
                            + "change could not be saved: nothing was written. Try again in a moment.")
                    .message().doesNotContainIgnoringCase("lock table").doesNotContain("SELECT");
            holder.rollback();
        }
        assertThat(service.integration(created.id()).orElseThrow().name()).isEqualTo("Blocked");
        assertThat(db.dsl().fetchCount(AUDIT_EVENT)).isEqualTo(eventsBefore);
        assertThat(actingAs("bob").update(TestRegisters.renamed(created, "Saved once free")).version()).isEqualTo(2);
    }

    /// Every pooled connection (and every new one) waits 100 ms for a lock instead of 5 s, so that running
    /// out of retries takes well under a second.
    private void shortenLockWaits() throws Exception {
        db.dsl().execute("SET DEFAULT_LOCK_TIMEOUT 100");
        List<Connection> open = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Connection c = db.dataSource().getConnection();
            try (Statement s = c.createStatement()) {
                s.execute("SET LOCK_TIMEOUT 100");
            }
            open.add(c);
        }
        for (Connection c : open) {
            c.close();
        }
    }

    private static Clock fixed(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
