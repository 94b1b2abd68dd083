package dev.steward.storage;

import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcurrentEditTest extends RegisterFixture {

    @Test
    void secondSaveOfTheSameVersionIsRefusedAndNamesWhoChangedIt() {
        long id = createFull("Shared agent").id();
        Integration readByBob = service.integration(id).orElseThrow();
        Integration readByCarol = service.integration(id).orElseThrow();

        Integration bobSaved = actingAs("bob").update(TestRegisters.renamed(readByBob, "Bob's name"));
        int eventsAfterBob = service.history(id).size();

        assertThatThrownBy(() -> actingAs("carol").update(TestRegisters.renamed(readByCarol, "Carol's name")))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.id()).isEqualTo(id);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                    assertThat(e.changedBy()).isEqualTo("bob");
                    assertThat(e.changedAt()).isEqualTo(bobSaved.updatedAt());
                })
                .hasMessage("Integration 'Carol's name' was changed by bob at " + shown(bobSaved.updatedAt())
                        + " after you opened it. Reload to see their changes.");

        Integration stored = service.integration(id).orElseThrow();
        assertThat(stored).isEqualTo(bobSaved);
        assertThat(stored.name()).isEqualTo("Bob's name");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(service.history(id)).hasSize(eventsAfterBob);
    }

    @Test
    void retiringAnOutdatedVersionIsRefused() {
        Integration created = createFull("Retire race");
        actingAs("bob").update(TestRegisters.renamed(created, "Renamed first"));

        assertThatThrownBy(() -> service.retire(created.id(), created.version()))
                .isInstanceOf(StaleRecordException.class)
                .hasMessageContaining("changed by bob");
        assertThat(service.integration(created.id()).orElseThrow().isRetired()).isFalse();
    }

    @Test
    void repositoryUpdateChecksTheVersionInTheWhereClauseItself() {
        Integration created = createFull("Direct");
        IntegrationRepository repository = new IntegrationRepository(db.dsl());
        db.dsl().transaction(tx -> new IntegrationRepository(tx.dsl())
                .update(TestRegisters.renamed(created, "First"), Instant.now(), "bob"));

        assertThatThrownBy(() -> db.dsl().transaction(tx -> new IntegrationRepository(tx.dsl())
                .update(TestRegisters.renamed(created, "Second"), Instant.now(), "carol")))
                .isInstanceOf(StaleRecordException.class);
        assertThat(repository.find(created.id()).orElseThrow().name()).isEqualTo("First");
    }

    @Test
    void saveBlockedByAnUncommittedConcurrentSaveEndsStaleOnceThatOneCommits() throws Exception {
        Integration created = createFull("Contended");
        try (Connection other = db.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement s = other.prepareStatement("UPDATE integration SET name = 'Theirs', "
                    + "version = version + 1, updated_by = 'dave' WHERE id = ? AND version = 1")) {
                s.setLong(1, created.id());
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            // Our save reads version 1 (theirs is uncommitted), then waits for their row lock.
            CompletableFuture<Integration> ours = CompletableFuture.supplyAsync(
                    () -> service.update(TestRegisters.renamed(created, "Ours")));
            Thread.sleep(300);
            other.commit();

            assertThatThrownBy(() -> ours.get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StaleRecordException.class).hasMessageContaining("changed by dave");
        }
        Integration stored = service.integration(created.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Theirs");
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.credentials()).isEqualTo(created.credentials());
    }

    @Test
    void staleMessageForARemovedRecord() {
        StaleRecordException e = new StaleRecordException("Integration", 5, "Gone", 3,
                StaleRecordException.DELETED, null, null);
        assertThat(e).hasMessage("Integration 'Gone' was deleted after you opened it.");
    }

    private static String shown(Instant at) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(ZoneId.systemDefault()));
    }
}
