package dev.steward.service.campaign;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.CampaignStatus;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.campaign.Holder;
import dev.steward.model.campaign.Recurrence;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.WrongPassphraseException;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.access.Actor;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;
import dev.steward.model.signing.PrivateKeyEncryption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// A campaign through the real services on a real H2 file: created by a manager, decided by a reviewer,
/// closed and signed by the manager, the next instance created.
class CampaignWorkflowTest extends AttestationFixture {
    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);
    private CampaignService campaigns;
    private Integration live;

    @BeforeEach
    void services() {
        campaigns = new CampaignService(db, Actor.signedIn(acting::get), clock, attestations,
                new CampaignReports(new PrivateKeyEncryption(1_000)));
        live = createFull("Payroll agent");
    }

    private CampaignService as2(dev.steward.model.access.User user) {
        acting.set(user);
        return campaigns;
    }

    private Campaign create(Recurrence recurrence) {
        return as2(max).create(Campaign.draft("Q2 recertification", CampaignScope.EVERYTHING, DUE, recurrence,
                DeciderRule.SPONSOR, null, ben.id(), "ignored"));
    }

    private long itemOf(Campaign campaign, Integration integration) {
        return campaigns.overview(campaign.id()).items().stream()
                .filter(i -> i.item().integrationId() == integration.id()).findFirst().orElseThrow().item().id();
    }

    @Test
    void aManagerCreatesACampaignWithAnItemPerLiveIntegrationDecidedByItsSponsor() {
        Campaign campaign = create(Recurrence.NONE);
        assertThat(campaign.manager()).isEqualTo("max");
        CampaignOverview overview = campaigns.overview(campaign.id());
        assertThat(overview.items()).hasSize(2).allSatisfy(i -> {
            assertThat(i.deciderName()).isEqualTo("Ana Pereira");
            assertThat(i.holder()).isEqualTo(new Holder(Holder.Level.DECIDER, ana.id(), null));
        });
        assertThat(overview.progress().pending()).isEqualTo(2);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.CAMPAIGN, campaign.id()))
                .extracting(AuditEvent::action, AuditEvent::actor).containsExactly(org.assertj.core.groups.Tuple.tuple("CREATE", "max"));
    }

    @Test
    void onlyManagersCreateAndOnlyReviewersOrManagersDecide() {
        assertThatThrownBy(() -> as2(rita).create(Campaign.draft("x", CampaignScope.EVERYTHING, DUE, Recurrence.NONE,
                DeciderRule.SPONSOR, null, null, "rita"))).isInstanceOf(AccessDenied.class);
        Campaign campaign = create(Recurrence.NONE);
        long item = itemOf(campaign, live);
        assertThatThrownBy(() -> as2(otto).decide(item, Decision.CERTIFY, "fine")).isInstanceOf(AccessDenied.class);
    }

    @Test
    void theManagerDecidesOnlyWhatWasEscalatedToThem() {
        Campaign campaign = create(Recurrence.NONE);
        long item = itemOf(campaign, live);
        assertThatThrownBy(() -> as2(max).decide(item, Decision.CERTIFY, "Fine by me."))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("separation of duties");
        clock.jump(Duration.ofDays(40));
        assertThat(campaigns.overview(campaign.id()).escalated()).extracting(i -> i.holder().level())
                .containsOnly(Holder.Level.MANAGER);
        assertThat(as2(max).decide(item, Decision.CERTIFY, "Escalated to me; still needed.").item().decidedBy())
                .isEqualTo("max");
    }

    @Test
    void anOverdueItemIsHeldByTheFirstActiveBackupOwner() {
        Campaign campaign = create(Recurrence.NONE);
        clock.jump(Duration.ofDays(31));
        assertThat(campaigns.overview(campaign.id()).items()).allSatisfy(i -> {
            assertThat(i.holder().level()).isEqualTo(Holder.Level.BACKUP_OWNER);
            assertThat(i.holderName()).isEqualTo("Chloé Martin");
        });
        assertThat(campaigns.overview(campaign.id()).progress().overdue()).isTrue();
    }

    @Test
    void revokeSuspendsAndOpensARevocationTaskWhoseDrillIsRecorded() {
        Campaign campaign = create(Recurrence.NONE);
        DecisionOutcome outcome = as2(rita).decide(itemOf(campaign, live), Decision.REVOKE, "No longer used by payroll.");
        assertThat(outcome.integration().status()).isEqualTo(LifecycleStatus.SUSPENDED);
        assertThat(service.integration(live.id()).orElseThrow().status()).isEqualTo(LifecycleStatus.SUSPENDED);
        var task = campaigns.revocationTasks().getFirst();
        assertThat(task.id()).isEqualTo(outcome.revocationTaskId().getAsLong());
        assertThat(task.killSwitch()).isEqualTo(live.revocation().killSwitch());
        assertThat(task.targetAt()).isAfter(task.createdAt());
        var drilled = campaigns.recordDrill(task.id(), RevocationTestResult.PASSED, "Key disabled in 4 minutes.");
        assertThat(drilled.drillResult()).isEqualTo(RevocationTestResult.PASSED);
        assertThatThrownBy(() -> campaigns.recordDrill(task.id(), RevocationTestResult.FAILED, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.INTEGRATION, live.id()))
                .anyMatch(e -> "status".equals(e.field()) && "SUSPENDED".equals(e.newValue()) && "rita".equals(e.actor()));
    }

    @Test
    void certifyOpensTheAttestationRound() {
        Campaign campaign = create(Recurrence.NONE);
        DecisionOutcome outcome = as2(rita).decide(itemOf(campaign, integration), Decision.CERTIFY, "Still needed.");
        assertThat(outcome.attestationId()).isPresent();
        assertThat(attestations.currentAttestation(integration.id()).orElseThrow().attestation().state()).isEqualTo(AttestationState.DRAFT);
    }

    @Test
    void aDecisionNeedsAJustificationWithoutSecretsAndIsFinal() {
        Campaign campaign = create(Recurrence.NONE);
        long item = itemOf(campaign, live);
        assertThatThrownBy(() -> as2(rita).decide(item, Decision.CERTIFY, " ")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("justification");
        assertThatThrownBy(() -> as2(rita).decide(item, Decision.CERTIFY, "key AKIA" + "IOSFODNN7EXAMPLE"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("looks like");
        as2(rita).decide(item, Decision.MODIFY, "Narrow its scopes.");
        assertThat(campaigns.overview(campaign.id()).items()).filteredOn(i -> i.item().id() == item)
                .singleElement().satisfies(i -> assertThat(i.needsEdit()).isTrue());
        assertThatThrownBy(() -> as2(rita).decide(item, Decision.CERTIFY, "Changed my mind."))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void closingNeedsEveryDecisionThenSignsAReportThatVerifiesOfflineAndStartsTheNextInstance() {
        Campaign campaign = create(Recurrence.QUARTERLY);
        assertThatThrownBy(() -> as2(max).close(campaign.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("2 undecided items");
        as2(rita).decide(itemOf(campaign, integration), Decision.CERTIFY, "Still needed.");
        as2(rita).decide(itemOf(campaign, live), Decision.REVOKE, "Replaced.");
        assertThatThrownBy(() -> as2(mia).close(campaign.id(), TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("only its manager");
        assertThatThrownBy(() -> as2(max).close(campaign.id(), "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(campaigns.overview(campaign.id()).campaign().status()).as("nothing half-written")
                .isEqualTo(CampaignStatus.OPEN);

        CampaignClosed closed = as2(max).close(campaign.id(), TestUsers.PASSPHRASE.toCharArray());

        assertThat(closed.campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(closed.report().report().items()).extracting(r -> r.decision(), r -> r.decidedBy())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Decision.CERTIFY, "rita"),
                        org.assertj.core.groups.Tuple.tuple(Decision.REVOKE, "rita"));
        byte[] file = CanonicalJson.write(campaigns.report(campaign.id()).orElseThrow().toBundle())
                .getBytes(StandardCharsets.UTF_8);
        SignedCampaignReport.Verification verification = SignedCampaignReport.verify(file);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.signature().orElseThrow().signerUsername()).isEqualTo("max");
        Campaign next = closed.next().orElseThrow();
        assertThat(next.due()).isEqualTo(DUE.plusMonths(3));
        assertThat(next.previousId()).isEqualTo(campaign.id());
        assertThat(campaigns.overview(next.id()).items()).as("the suspended integration is still live").hasSize(2);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.CAMPAIGN, campaign.id())).extracting(AuditEvent::action)
                .contains("CREATE", "CLOSE", "SIGN");
    }

    @Test
    void aScopeMatchingNothingIsRefused() {
        assertThatThrownBy(() -> as2(max).create(Campaign.draft("Nobody", new CampaignScope(Set.of(), Set.of(),
                Set.of(), Set.of("No such vendor"), Set.of(), ""), DUE, Recurrence.NONE, DeciderRule.SPONSOR, null,
                null, "max"))).isInstanceOf(ValidationException.class).hasMessageContaining("No live integration");
        assertThat(rows("CAMPAIGN")).isZero();
    }

    @Test
    void aSavedSearchNarrowsTheScope() {
        Campaign campaign = as2(max).create(Campaign.draft("Payroll only", new CampaignScope(Set.of(), Set.of(),
                Set.of(), Set.of(), Set.of(), "payroll"), DUE, Recurrence.NONE, DeciderRule.TECHNICAL_OWNER, null,
                null, "max"));
        assertThat(campaigns.overview(campaign.id()).items()).extracting(i -> i.item().integrationName())
                .containsExactly("Payroll agent");
        assertThat(campaigns.overview(campaign.id()).items()).extracting(CampaignItemView::deciderName)
                .containsExactly("Ben Okafor");
    }

    @Test
    void aDeciderWhoLeftIsReplacedByTheFallback() {
        service.setPersonLeft(ana.id(), true);
        Campaign campaign = create(Recurrence.NONE);
        assertThat(campaigns.overview(campaign.id()).items()).extracting(CampaignItemView::deciderName)
                .containsOnly("Ben Okafor");
    }
}
