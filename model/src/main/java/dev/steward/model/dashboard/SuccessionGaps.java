package dev.steward.model.dashboard;

import dev.steward.model.register.Person;
import dev.steward.model.succession.SuccessionProposal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/// The gaps of succession proposals nobody has confirmed yet: each makes its integration count as ownerless.
/// Kept apart from {@link GapRules}, which reads only the integration, because a proposal is a stored fact of
/// its own.
public final class SuccessionGaps {
    private SuccessionGaps() {
    }

    /// @param people everyone by id, for the names in the detail text
    public static List<Gap> of(Collection<SuccessionProposal> pending, Map<Long, Person> people) {
        return pending.stream().map(p -> p.successorId() == null
                ? new Gap(GapKind.SUCCESSION_PENDING, p.integrationId(), p.integrationName(), "successionUnassigned",
                        List.of(p.role().name(), name(people, p.leaverId())))
                : new Gap(GapKind.SUCCESSION_PENDING, p.integrationId(), p.integrationName(), "successionPending",
                        List.of(p.role().name(), name(people, p.leaverId()), name(people, p.successorId()))))
                .toList();
    }

    private static String name(Map<Long, Person> people, long id) {
        Person person = people.get(id);
        return person == null ? "#" + id : person.name();
    }
}
