package dev.steward.model.campaign;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.steward.model.testing.IntegrationFixture.BACKUP;
import static dev.steward.model.testing.IntegrationFixture.OWNER;
import static dev.steward.model.testing.IntegrationFixture.SPONSOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Escalation and decider rules against a fixed clock: the campaign is due on 30 June 2025.
class CampaignEscalationTest {
    private static final long SECOND_BACKUP = 4;
    private static final long FALLBACK = 5;
    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);
    private static final Campaign CAMPAIGN = Campaign.draft("Q2 recertification", CampaignScope.EVERYTHING, DUE,
            Recurrence.QUARTERLY, DeciderRule.SPONSOR, null, null, "maria");
    private static final Integration INTEGRATION = IntegrationFixture.valid()
            .with(f -> f.backupOwnerIds = List.of(BACKUP, SECOND_BACKUP)).build();

    private static Map<Long, Person> people(long... leavers) {
        Set<Long> left = java.util.Arrays.stream(leavers).boxed().collect(java.util.stream.Collectors.toSet());
        return Map.of(
                SPONSOR, new Person(SPONSOR, "Sam Sponsor", null, null, null, left.contains(SPONSOR)),
                OWNER, new Person(OWNER, "Olu Owner", null, null, null, left.contains(OWNER)),
                BACKUP, new Person(BACKUP, "Bea Backup", null, null, null, left.contains(BACKUP)),
                SECOND_BACKUP, new Person(SECOND_BACKUP, "Ben Second", null, null, null, left.contains(SECOND_BACKUP)),
                FALLBACK, new Person(FALLBACK, "Fay Fallback", null, null, null, left.contains(FALLBACK)));
    }

    private static LocalDate today(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    private static Holder holder(Map<Long, Person> people, String now) {
        CampaignItem item = CampaignItem.pending(1, INTEGRATION.id(), INTEGRATION.name(),
                Deciders.resolve(CAMPAIGN, INTEGRATION, people));
        return Escalation.holder(CAMPAIGN, item, INTEGRATION, people, today(now));
    }

    @Test
    void theDeciderHoldsAnItemUntilTheDueDayEnds() {
        assertThat(holder(people(), "2025-06-30T23:59:59Z")).isEqualTo(Holder.person(Holder.Level.DECIDER, SPONSOR));
    }

    @Test
    void anOverdueItemGoesToTheFirstActiveBackupOwner() {
        assertThat(holder(people(), "2025-07-01T00:00:00Z"))
                .isEqualTo(Holder.person(Holder.Level.BACKUP_OWNER, BACKUP));
        assertThat(holder(people(BACKUP), "2025-07-01T00:00:00Z"))
                .isEqualTo(Holder.person(Holder.Level.BACKUP_OWNER, SECOND_BACKUP));
    }

    @Test
    void aWeekAfterTheBackupOwnerGotItTheManagerHoldsIt() {
        assertThat(holder(people(), "2025-07-07T12:00:00Z"))
                .isEqualTo(Holder.person(Holder.Level.BACKUP_OWNER, BACKUP));
        assertThat(holder(people(), "2025-07-08T00:00:00Z")).isEqualTo(Holder.manager("maria"));
    }

    @Test
    void withoutAnActiveBackupOwnerAnOverdueItemGoesStraightToTheManager() {
        assertThat(holder(people(BACKUP, SECOND_BACKUP), "2025-07-01T00:00:00Z")).isEqualTo(Holder.manager("maria"));
    }

    @Test
    void aDeciderWhoLeftIsReplacedByTheFallbackThenTheFirstActiveBackupOwner() {
        Campaign withFallback = Campaign.draft("Q2", CampaignScope.EVERYTHING, DUE, Recurrence.NONE,
                DeciderRule.SPONSOR, null, FALLBACK, "maria");
        assertThat(Deciders.resolve(withFallback, INTEGRATION, people(SPONSOR))).isEqualTo(FALLBACK);
        assertThat(Deciders.resolve(withFallback, INTEGRATION, people(SPONSOR, FALLBACK))).isEqualTo(BACKUP);
        assertThat(Deciders.resolve(withFallback, INTEGRATION, people(SPONSOR, FALLBACK, BACKUP, SECOND_BACKUP)))
                .isNull();
    }

    @Test
    void theRuleNamesTheTechnicalOwnerOrOneReviewer() {
        Campaign byOwner = Campaign.draft("Q2", CampaignScope.EVERYTHING, DUE, Recurrence.NONE,
                DeciderRule.TECHNICAL_OWNER, null, null, "maria");
        Campaign byReviewer = Campaign.draft("Q2", CampaignScope.EVERYTHING, DUE, Recurrence.NONE,
                DeciderRule.NAMED_REVIEWER, FALLBACK, null, "maria");
        assertThat(Deciders.resolve(byOwner, INTEGRATION, people())).isEqualTo(OWNER);
        assertThat(Deciders.resolve(byReviewer, INTEGRATION, people())).isEqualTo(FALLBACK);
    }

    @Test
    void anItemNobodyCanDecideIsTheManagersFromTheStart() {
        assertThat(holder(people(SPONSOR, BACKUP, SECOND_BACKUP), "2025-06-01T00:00:00Z"))
                .isEqualTo(Holder.manager("maria"));
    }

    @Test
    void aDecidedItemHasNoHolder() {
        CampaignItem decided = CampaignItem.pending(1, 7, "x", SPONSOR)
                .decide(Decision.CERTIFY, "Still needed.", "rita", Instant.parse("2025-06-20T10:00:00Z"));
        assertThatThrownBy(() -> Escalation.holder(CAMPAIGN, decided, INTEGRATION, people(), DUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
