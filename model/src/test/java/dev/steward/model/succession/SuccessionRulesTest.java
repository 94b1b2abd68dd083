package dev.steward.model.succession;

import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.steward.model.testing.IntegrationFixture.BACKUP;
import static dev.steward.model.testing.IntegrationFixture.OWNER;
import static dev.steward.model.testing.IntegrationFixture.SPONSOR;
import static org.assertj.core.api.Assertions.assertThat;

class SuccessionRulesTest {
    private static final long MANAGER = 9;
    private static final Person LEAVER = new Person(SPONSOR, "Sam Sponsor", null, null, null, true, MANAGER, 0);

    private static Map<Long, Person> people(boolean backupLeft, boolean managerLeft) {
        return Map.of(SPONSOR, LEAVER,
                OWNER, new Person(OWNER, "Olu Owner", null, null, null, false),
                BACKUP, new Person(BACKUP, "Bea Backup", null, null, null, backupLeft),
                MANAGER, new Person(MANAGER, "Mia Manager", null, null, null, managerLeft));
    }

    @Test
    void theFirstActiveBackupOwnerIsProposedForEveryRoleTheLeaverHeld() {
        Integration both = IntegrationFixture.valid().with(f -> f.technicalOwnerId = SPONSOR).build();
        Integration other = IntegrationFixture.valid().with(f -> {
            f.id = 8;
            f.sponsorId = OWNER;
        }).build();
        List<SuccessionProposal> proposals = SuccessionRules.propose(LEAVER, List.of(both, other), people(false, false));
        assertThat(proposals).containsExactly(
                new SuccessionProposal(7, both.name(), OwnerRole.SPONSOR, SPONSOR, BACKUP, SuccessionBasis.BACKUP_OWNER),
                new SuccessionProposal(7, both.name(), OwnerRole.TECHNICAL_OWNER, SPONSOR, BACKUP,
                        SuccessionBasis.BACKUP_OWNER));
    }

    @Test
    void withoutAnActiveBackupOwnerTheLeaversManagerIsProposed() {
        Integration integration = IntegrationFixture.valid().build();
        assertThat(SuccessionRules.propose(LEAVER, List.of(integration), people(true, false)))
                .extracting(SuccessionProposal::successorId, SuccessionProposal::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MANAGER, SuccessionBasis.MANAGER));
    }

    @Test
    void nobodyIsProposedWhenTheManagerLeftToo() {
        Integration integration = IntegrationFixture.valid().build();
        assertThat(SuccessionRules.propose(LEAVER, List.of(integration), people(true, true)))
                .extracting(SuccessionProposal::successorId, SuccessionProposal::basis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, SuccessionBasis.NONE));
    }

    @Test
    void aLeaverListedAsBackupIsNeverTheirOwnSuccessor() {
        Integration integration = IntegrationFixture.valid().with(f -> f.backupOwnerIds = List.of(SPONSOR, BACKUP)).build();
        assertThat(SuccessionRules.propose(LEAVER, List.of(integration), people(false, false)))
                .extracting(SuccessionProposal::successorId).containsExactly(BACKUP);
    }

    @Test
    void retiredIntegrationsNeedNoSuccessor() {
        Integration retired = IntegrationFixture.valid().with(f -> f.status = LifecycleStatus.RETIRED).build();
        assertThat(SuccessionRules.propose(LEAVER, List.of(retired), people(false, false))).isEmpty();
    }

    @Test
    void handingOverPromotesTheBackupOwnerOutOfTheBackupList() {
        Integration integration = IntegrationFixture.valid().build();
        Integration handed = SuccessionRules.handOver(integration, OwnerRole.SPONSOR, BACKUP);
        assertThat(handed.sponsorId()).isEqualTo(BACKUP);
        assertThat(handed.technicalOwnerId()).isEqualTo(OWNER);
        assertThat(handed.backupOwnerIds()).isEmpty();
        assertThat(SuccessionRules.handOver(integration, OwnerRole.TECHNICAL_OWNER, MANAGER).backupOwnerIds())
                .containsExactly(BACKUP);
    }
}
