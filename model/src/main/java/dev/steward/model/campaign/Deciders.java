package dev.steward.model.campaign;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.util.Map;

/// Who decides a campaign item: the person the campaign's rule names, or, when that person is missing or has
/// left, the campaign's fallback reviewer, then the integration's first active backup owner. `null` when none
/// of them is active: the campaign's manager then holds the item.
public final class Deciders {
    private Deciders() {
    }

    public static Long resolve(Campaign campaign, Integration integration, Map<Long, Person> people) {
        Long primary = switch (campaign.deciderRule()) {
            case SPONSOR -> integration.sponsorId();
            case TECHNICAL_OWNER -> integration.technicalOwnerId();
            case NAMED_REVIEWER -> campaign.namedReviewerId();
        };
        if (isActive(people, primary)) {
            return primary;
        }
        if (isActive(people, campaign.fallbackReviewerId())) {
            return campaign.fallbackReviewerId();
        }
        return firstActiveBackup(integration, people, primary);
    }

    /// The first backup owner who has not left and is not `except` (the person being replaced); `null` for none.
    static Long firstActiveBackup(Integration integration, Map<Long, Person> people, Long except) {
        return integration.backupOwnerIds().stream()
                .filter(id -> !id.equals(except) && isActive(people, id))
                .findFirst().orElse(null);
    }

    static boolean isActive(Map<Long, Person> people, Long id) {
        if (id == null) {
            return false;
        }
        Person person = people.get(id);
        return person != null && !person.hasLeft();
    }
}
