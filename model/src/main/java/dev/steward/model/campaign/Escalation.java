package dev.steward.model.campaign;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.time.LocalDate;
import java.util.Map;

/// Who holds a pending item, given today. Pure: the date is passed in.
///
/// Until the due date passes the decider holds it. Once overdue it goes to the integration's first active
/// backup owner (other than the decider) for {@link #BACKUP_OWNER_DAYS} days, then to the campaign's manager.
/// It goes straight to the manager when no backup owner qualifies, or when the decider is missing or has left
/// and nobody else was found. A decided item has no holder.
public final class Escalation {
    /// Days an overdue item stays with the backup owner before it reaches the manager.
    public static final int BACKUP_OWNER_DAYS = 7;

    private Escalation() {
    }

    /// @throws IllegalArgumentException for a decided item
    public static Holder holder(Campaign campaign, CampaignItem item, Integration integration,
                                Map<Long, Person> people, LocalDate today) {
        if (item.isDecided()) {
            throw new IllegalArgumentException(item.integrationName() + " is decided: nobody holds it");
        }
        boolean deciderActive = Deciders.isActive(people, item.deciderId());
        if (!campaign.isOverdue(today)) {
            return deciderActive ? Holder.person(Holder.Level.DECIDER, item.deciderId())
                    : Holder.manager(campaign.manager());
        }
        if (!today.isAfter(campaign.due().plusDays(BACKUP_OWNER_DAYS))) {
            Long backup = Deciders.firstActiveBackup(integration, people, item.deciderId());
            if (backup != null) {
                return Holder.person(Holder.Level.BACKUP_OWNER, backup);
            }
        }
        return Holder.manager(campaign.manager());
    }
}
