package dev.steward.model.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/// One recertification campaign: a scope of integrations, a due date, who decides, and whether it recurs.
///
/// @param id               database id, 0 while unsaved
/// @param namedReviewerId  the person deciding every item under {@link DeciderRule#NAMED_REVIEWER}, else {@code null}
/// @param fallbackReviewerId decides an item whose decider has left or is missing; {@code null} for none
/// @param manager          username of the manager who created it; overdue items end with them, and they close it
/// @param previousId       the campaign this one recurs from, {@code null} for a first instance
/// @param closedAt         {@code null} while open
public record Campaign(long id, String name, CampaignScope scope, LocalDate due, Recurrence recurrence,
                       DeciderRule deciderRule, Long namedReviewerId, Long fallbackReviewerId, String manager,
                       CampaignStatus status, Instant createdAt, Long previousId, Instant closedAt) {
    public Campaign {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(deciderRule, "deciderRule");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(status, "status");
    }

    /// A new, unsaved, open campaign.
    public static Campaign draft(String name, CampaignScope scope, LocalDate due, Recurrence recurrence,
                                 DeciderRule rule, Long namedReviewerId, Long fallbackReviewerId, String manager) {
        return new Campaign(0, name, scope, due, recurrence, rule, namedReviewerId, fallbackReviewerId, manager,
                CampaignStatus.OPEN, null, null, null);
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    /// True once `today` is past the due date (an item due today is not overdue yet).
    public boolean isOverdue(LocalDate today) {
        return today.isAfter(due);
    }

    /// The unsaved next instance of a recurring campaign: same scope, deciders and manager, due one period on.
    public Optional<Campaign> nextInstance() {
        return recurrence.nextDue(due).map(next -> new Campaign(0, name, scope, next, recurrence, deciderRule,
                namedReviewerId, fallbackReviewerId, manager, CampaignStatus.OPEN, null, id, null));
    }

    public Campaign closed(Instant at) {
        return new Campaign(id, name, scope, due, recurrence, deciderRule, namedReviewerId, fallbackReviewerId,
                manager, CampaignStatus.CLOSED, createdAt, previousId, at);
    }
}
