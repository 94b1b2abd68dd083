package dev.steward.model.campaign;

import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignRulesTest {
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    private static final Instant CREATED = Instant.parse("2025-06-01T09:00:00Z");

    private static Campaign stored(Recurrence recurrence) {
        return new Campaign(12, "Quarterly review", CampaignScope.EVERYTHING, DUE, recurrence, DeciderRule.SPONSOR,
                null, 5L, "maria", CampaignStatus.OPEN, CREATED, null, null);
    }

    @Test
    void everyDecisionNeedsAJustificationAndIsFinal() {
        CampaignItem item = CampaignItem.pending(12, 7, "Invoice agent", 1L);
        assertThatThrownBy(() -> item.decide(Decision.REVOKE, "  ", "rita", CREATED))
                .hasMessageContaining("Invoice agent is to be revoked: a justification is required");
        CampaignItem decided = item.decide(Decision.MODIFY, " Needs a narrower scope. ", "rita", CREATED);
        assertThat(decided.justification()).isEqualTo("Needs a narrower scope.");
        assertThatThrownBy(() -> decided.decide(Decision.CERTIFY, "Fine now.", "rita", CREATED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("final");
    }

    @Test
    void aRecurringCampaignsNextInstanceIsDueOnePeriodAfterTheLastWasDue() {
        assertThat(stored(Recurrence.QUARTERLY).nextInstance().orElseThrow().due()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(stored(Recurrence.HALF_YEARLY).nextInstance().orElseThrow().due()).isEqualTo(LocalDate.of(2025, 12, 30));
        Campaign next = stored(Recurrence.YEARLY).nextInstance().orElseThrow();
        assertThat(next.due()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(next.previousId()).isEqualTo(12);
        assertThat(next.id()).isZero();
        assertThat(next.isOpen()).isTrue();
        assertThat(next.fallbackReviewerId()).isEqualTo(5L);
        assertThat(stored(Recurrence.NONE).nextInstance()).isEmpty();
    }

    @Test
    void theEndOfFebruaryStaysTheEndOfAMonth() {
        Campaign feb = new Campaign(1, "x", CampaignScope.EVERYTHING, LocalDate.of(2025, 11, 30), Recurrence.QUARTERLY,
                DeciderRule.SPONSOR, null, null, "maria", CampaignStatus.OPEN, CREATED, null, null);
        assertThat(feb.nextInstance().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void theScopeKeepsOnlyWhatEveryNonEmptyFilterAdmits() {
        Integration agent = IntegrationFixture.valid().with(f -> f.vendor = " OpenAI ").build();
        CampaignScope highAgents = new CampaignScope(Set.of(RiskTier.HIGH, RiskTier.CRITICAL),
                Set.of(IntegrationKind.AUTONOMOUS_AGENT), Set.of(LifecycleStatus.ACTIVE), Set.of(" openai "),
                Set.of(DeploymentEnvironment.PRODUCTION), "");
        assertThat(highAgents.admits(agent, RiskTier.HIGH)).isTrue();
        assertThat(highAgents.admits(agent, RiskTier.LOW)).isFalse();
        assertThat(highAgents.admits(agent, null)).as("never classified").isFalse();
        assertThat(highAgents.admits(IntegrationFixture.valid().with(f -> f.vendor = "Anthropic").build(),
                RiskTier.HIGH)).isFalse();
        assertThat(CampaignScope.EVERYTHING.admits(agent, null)).isTrue();
        assertThat(CampaignScope.EVERYTHING.admits(agent.withStatus(LifecycleStatus.RETIRED), RiskTier.HIGH))
                .as("retired").isFalse();
        assertThat(highAgents.describe()).contains("tier CRITICAL, HIGH").contains("vendor openai;");
    }

    @Test
    void progressCountsDecisionsAndBurnsDownDayByDay() {
        Campaign campaign = stored(Recurrence.NONE);
        List<CampaignItem> items = List.of(
                CampaignItem.pending(12, 1, "a", 1L).decide(Decision.CERTIFY, "ok", "rita", Instant.parse("2025-06-02T10:00:00Z")),
                CampaignItem.pending(12, 2, "b", 1L).decide(Decision.REVOKE, "gone", "rita", Instant.parse("2025-06-03T23:59:00Z")),
                CampaignItem.pending(12, 3, "c", 1L));
        CampaignProgress progress = CampaignProgress.of(campaign, items, LocalDate.of(2025, 6, 4));
        assertThat(progress.total()).isEqualTo(3);
        assertThat(progress.pending()).isEqualTo(1);
        assertThat(progress.decided(Decision.CERTIFY)).isEqualTo(1);
        assertThat(progress.decided(Decision.MODIFY)).isZero();
        assertThat(progress.overdue()).isFalse();
        assertThat(progress.burnDown()).extracting(CampaignProgress.Point::remaining).containsExactly(3, 2, 1, 1);
        assertThat(CampaignProgress.of(campaign, items, LocalDate.of(2025, 7, 1)).overdue()).isTrue();
    }

    @Test
    void aLongCampaignsBurnDownIsWeekly() {
        CampaignProgress progress = CampaignProgress.of(stored(Recurrence.NONE), List.of(), LocalDate.of(2026, 6, 1));
        assertThat(progress.burnDown().size()).isLessThan(60);
        assertThat(progress.burnDown().getLast().day()).isEqualTo(LocalDate.of(2026, 6, 1));
    }
}
