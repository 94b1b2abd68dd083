package dev.steward.service.campaign;

import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.dashboard.SuccessionGaps;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.succession.OwnerRole;
import dev.steward.model.succession.SuccessionBasis;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.access.Actor;
import dev.steward.storage.AuditLog;
import dev.steward.storage.StoredSuccession;
import dev.steward.testing.RegisterFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/// Succession on a real register: leaving proposes, the proposal is a gap until confirmed, confirming hands over.
class SuccessionWorkflowTest extends RegisterFixture {
    private SuccessionService successions;
    private Person dora;
    private Integration ticket;

    @BeforeEach
    void register() {
        successions = new SuccessionService(db, Actor.system(() -> "lead"), Clock.systemUTC());
        dora = service.savePerson(Person.draft("Dora Director", "dora@example.com", "CTO", "IT"));
        ben = service.savePerson(ben.withManager(dora.id()));
        // sponsor ana, owner ben, backups chloe then ana
        ticket = createFull("Ticket agent");
    }

    @Test
    void theManagerIsStoredAndAudited() {
        assertThat(service.person(ben.id()).orElseThrow().managerId()).isEqualTo(dora.id());
        assertThat(service.recentActivity(20)).anyMatch(e -> "managerId".equals(e.field())
                && String.valueOf(dora.id()).equals(e.newValue()));
        assertThatThrownBy(() -> service.savePerson(ben.withManager(ben.id()))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("own manager");
    }

    @Test
    void leavingProposesTheFirstActiveBackupOwnerAndShowsAnOwnerlessGapUntilConfirmed() {
        service.setPersonLeft(ben.id(), true);
        List<StoredSuccession> pending = successions.pending();
        assertThat(pending).extracting(s -> s.proposal().role(), s -> s.proposal().successorId(), s -> s.proposal().basis())
                .containsExactly(tuple(OwnerRole.TECHNICAL_OWNER, chloe.id(), SuccessionBasis.BACKUP_OWNER));
        Map<Long, Person> people = service.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
        assertThat(SuccessionGaps.of(pending.stream().map(StoredSuccession::proposal).toList(), people))
                .extracting(g -> g.kind(), g -> g.integrationId())
                .containsExactly(tuple(GapKind.SUCCESSION_PENDING, ticket.id()));

        Integration handed = successions.confirm(pending.getFirst().id(), null);

        assertThat(handed.technicalOwnerId()).isEqualTo(chloe.id());
        assertThat(handed.backupOwnerIds()).containsExactly(ana.id());
        assertThat(successions.pending()).isEmpty();
        assertThat(service.pendingSuccessions()).isEmpty();
        assertThatThrownBy(() -> successions.confirm(pending.getFirst().id(), null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.SUCCESSION, pending.getFirst().id()))
                .extracting(e -> e.action()).containsExactlyInAnyOrder("PROPOSE", "CONFIRM");
    }

    @Test
    void savingThePersonWithTheFlagSetProposesToo() {
        service.savePerson(service.person(ben.id()).orElseThrow().withLeft(true));
        assertThat(successions.pending()).extracting(s -> s.proposal().leaverId()).containsExactly(ben.id());
        service.savePerson(service.person(ben.id()).orElseThrow().withLeft(false));
        assertThat(successions.pending()).isEmpty();
    }

    @Test
    void withoutAnActiveBackupTheLeaversManagerIsProposed() {
        service.setPersonLeft(chloe.id(), true);
        service.setPersonLeft(ana.id(), true);
        service.setPersonLeft(ben.id(), true);
        assertThat(successions.pending()).filteredOn(s -> s.proposal().leaverId() == ben.id())
                .extracting(s -> s.proposal().successorId(), s -> s.proposal().basis())
                .containsExactly(tuple(dora.id(), SuccessionBasis.MANAGER));
    }

    @Test
    void anotherSuccessorMayBeChosenButNotOneWhoLeft() {
        service.setPersonLeft(ana.id(), true);
        StoredSuccession sponsor = successions.pending().getFirst();
        assertThat(sponsor.proposal().role()).isEqualTo(OwnerRole.SPONSOR);
        assertThatThrownBy(() -> successions.confirm(sponsor.id(), ana.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("has left");
        assertThat(successions.confirm(sponsor.id(), dora.id()).sponsorId()).isEqualTo(dora.id());
    }

    @Test
    void comingBackWithdrawsTheProposalsAndAnEditSettlesThem() {
        service.setPersonLeft(ana.id(), true);
        assertThat(successions.pending()).hasSize(1);
        service.setPersonLeft(ana.id(), false);
        assertThat(successions.pending()).isEmpty();

        service.setPersonLeft(ana.id(), true);
        Integration current = service.integration(ticket.id()).orElseThrow();
        service.update(dev.steward.model.succession.SuccessionRules.handOver(current, OwnerRole.SPONSOR, dora.id()));
        assertThat(successions.pending()).as("the editor named a new sponsor").isEmpty();
    }
}
