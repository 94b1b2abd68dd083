package dev.steward.service.register;

import dev.steward.storage.Database;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IntegrationPersistenceTest extends RegisterFixture {

    @Test
    void everyFieldAndChildListSurvivesARoundTripThroughTheFile() {
        Integration draft = TestRegisters.fullyFilled("Triage planner", ana.id(), ben.id(),
                List.of(chloe.id(), ana.id()));
        Integration created = service.create(draft);

        assertThat(created.id()).isPositive();
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.updatedBy()).isEqualTo("alice");
        assertThat(created.updatedAt()).isNotNull();
        assertThat(created).isEqualTo(draft.stored(created.id(), 1, created.updatedAt(), "alice"));

        // reopen the file so nothing can come from a cache
        db.close();
        db = reopenDatabase();
        service = new RegisterService(db, () -> "alice");
        Integration read = service.integration(created.id()).orElseThrow();

        assertThat(read).isEqualTo(created);
        assertThat(read.backupOwnerIds()).containsExactly(chloe.id(), ana.id());
        assertThat(read.dataAccess()).extracting(d -> d.system())
                .containsExactly("Zendesk tickets", "Customer CRM", "Billing");
        assertThat(read.tools()).extracting(t -> t.name()).containsExactly("jira-mcp", "Slack API", "calculator");
        assertThat(read.agentLinks()).extracting(l -> l.agent()).containsExactly("executor-bot", "intake-agent");
        assertThat(read.credentials()).extracting(c -> c.label())
                .containsExactly("Jira OAuth client", "Legacy key", "OIDC token");
        assertThat(read.credentials().get(0).lifetime()).isEqualTo(Duration.ofDays(90));
        assertThat(read.credentials().get(1).neverExpires()).isTrue();
        assertThat(read.credentials().get(2).lifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(read.revocation().targetTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(read.purpose()).contains("Zoë", "Kraków", "東京");
    }

    @Test
    void aMinimalDraftRoundTripsWithEmptyListsAndEmptyRevocationPath() {
        Integration created = service.create(TestRegisters.minimal("Bare", IntegrationKind.LOCAL_MODEL));

        Integration read = service.integration(created.id()).orElseThrow();

        assertThat(read).isEqualTo(created);
        assertThat(read.environments()).isEmpty();
        assertThat(read.credentials()).isEmpty();
        assertThat(read.revocation()).isEqualTo(dev.steward.model.register.RevocationPath.EMPTY);
    }

    @Test
    void updateReplacesChildListsAndKeepsTheNewOrder() {
        Integration created = createFull("Reorder me");

        Integration updated = service.update(
                TestRegisters.withBackups(created, List.of(ana.id(), chloe.id())));

        assertThat(updated.version()).isEqualTo(2);
        assertThat(service.integration(created.id()).orElseThrow()).isEqualTo(updated);
        assertThat(updated.backupOwnerIds()).containsExactly(ana.id(), chloe.id());
    }

    @Test
    void listIsOrderedByNameAndIncludesChildren() {
        createFull("Zeta bot");
        createFull("alpha agent");
        createFull("Midway");

        List<Integration> all = service.integrations();

        assertThat(all).extracting(Integration::name).containsExactly("alpha agent", "Midway", "Zeta bot");
        assertThat(all).allSatisfy(i -> assertThat(i.credentials()).hasSize(3));
    }

    @Test
    void savingWithoutChangesWritesNothing() {
        Integration created = createFull("Unchanged");
        int eventsBefore = service.history(created.id()).size();

        Integration result = service.update(created);

        assertThat(result).isEqualTo(created);
        assertThat(service.integration(created.id()).orElseThrow().version()).isEqualTo(1);
        assertThat(service.history(created.id())).hasSize(eventsBefore);
    }

    @Test
    void missingIntegrationIsEmpty() {
        assertThat(service.integration(999)).isEmpty();
    }
}
