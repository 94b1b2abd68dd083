package dev.steward.service.register;

import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditTrailTest extends RegisterFixture {

    @Test
    void everyWriteLeavesEventsWithItsActionActorAndStamp() {
        Integration created = createFull("Audited");
        Integration updated = actingAs("bob").update(TestRegisters.renamed(created, "Audited v2"));
        Integration retired = actingAs("carol").retire(updated.id(), updated.version());

        List<AuditEvent> history = service.history(created.id());

        assertThat(history).isNotEmpty();
        assertThat(history).allSatisfy(e -> {
            assertThat(e.entityType()).isEqualTo(AuditLog.INTEGRATION);
            assertThat(e.entityId()).isEqualTo(created.id());
        });
        // newest first: the retirement, then the update, then the creation
        assertThat(history.stream().map(AuditEvent::action).distinct().toList())
                .containsExactly(AuditLog.RETIRE, AuditLog.UPDATE, AuditLog.CREATE);
        assertThat(eventsOf(history, AuditLog.CREATE)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("alice");
            assertThat(e.at()).isEqualTo(created.updatedAt());
        });
        assertThat(eventsOf(history, AuditLog.UPDATE)).allSatisfy(e -> assertThat(e.actor()).isEqualTo("bob"));
        assertThat(eventsOf(history, AuditLog.RETIRE)).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo("carol");
            assertThat(e.at()).isEqualTo(retired.updatedAt());
        });
    }

    @Test
    void eventsCarryOldAndNewValuesPerField() {
        Integration created = createFull("Before");
        Integration updated = service.update(TestRegisters.renamed(created, "After"));
        service.retire(updated.id(), updated.version());

        List<AuditEvent> history = service.history(created.id());

        assertThat(eventsOf(history, AuditLog.CREATE)).anySatisfy(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.oldValue()).isNull();
            assertThat(e.newValue()).isEqualTo("Before");
        });
        assertThat(eventsOf(history, AuditLog.UPDATE)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("name");
            assertThat(e.oldValue()).isEqualTo("Before");
            assertThat(e.newValue()).isEqualTo("After");
        });
        assertThat(eventsOf(history, AuditLog.RETIRE)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("status");
            assertThat(e.oldValue()).containsIgnoringCase(LifecycleStatus.ACTIVE.name());
            assertThat(e.newValue()).containsIgnoringCase("retired");
        });
    }

    @Test
    void personChangesAreLoggedFieldByField() {
        service.savePerson(new dev.steward.model.register.Person(ana.id(), ana.name(), ana.email(), "CIO",
                ana.department(), false));

        List<AuditEvent> events = new AuditLog(db.dsl()).forEntity(AuditLog.PERSON, ana.id());

        assertThat(events.getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.UPDATE);
            assertThat(e.field()).isEqualTo("title");
            assertThat(e.oldValue()).isEqualTo("CISO");
            assertThat(e.newValue()).isEqualTo("CIO");
        });
        assertThat(events).last().extracting(AuditEvent::action).isEqualTo(AuditLog.CREATE);
    }

    @Test
    void recentIsNewestFirstAndLimited() {
        AuditLog log = new AuditLog(db.dsl());
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        db.dsl().transaction(tx -> new AuditLog(tx.dsl()).append(List.of(
                new AuditEvent(0, base, "x", "TEST", 1, "UPDATE", "a", "1", "2"),
                new AuditEvent(0, base.plusSeconds(60), "x", "TEST", 1, "UPDATE", "a", "2", "3"))));

        List<AuditEvent> recent = log.recent(2);

        assertThat(recent).extracting(AuditEvent::newValue).containsExactly("3", "2");
        assertThat(log.recent(1)).hasSize(1);
    }

    @Test
    void longValuesAreKeptUpToTheColumnSizeAndMarkedWhenCut() {
        String huge = "x".repeat(AuditLog.MAX_VALUE_LENGTH + 500);
        String fits = "y".repeat(9_000);
        db.dsl().transaction(tx -> new AuditLog(tx.dsl()).append(List.of(
                new AuditEvent(0, Instant.now(), "x", "TEST", 2, "UPDATE", "steps", fits, huge))));

        AuditEvent read = new AuditLog(db.dsl()).forEntity("TEST", 2).getFirst();

        assertThat(read.oldValue()).isEqualTo(fits);
        assertThat(read.newValue()).hasSize(AuditLog.MAX_VALUE_LENGTH).endsWith("[truncated]");
    }

    private static List<AuditEvent> eventsOf(List<AuditEvent> history, String action) {
        return history.stream().filter(e -> e.action().equals(action)).toList();
    }
}
