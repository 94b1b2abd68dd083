package dev.steward.model.succession;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Who takes over when a person leaves. Pure: everything is passed in.
///
/// For every live integration the leaver sponsors or technically owns, the successor proposed is the
/// integration's first active backup owner (as SailPoint promotes the first backup owner), else the leaver's
/// manager when active (as Entra hands a leaver's agents to their manager), else nobody. The same backup owner
/// may be proposed for both roles of one integration; confirming one proposal does not confirm the other.
public final class SuccessionRules {
    private SuccessionRules() {
    }

    /// @param people everyone by id, the leaver included; the leaver is never proposed, whatever their flag says
    public static List<SuccessionProposal> propose(Person leaver, Collection<Integration> integrations,
                                                   Map<Long, Person> people) {
        List<SuccessionProposal> proposals = new ArrayList<>();
        for (Integration integration : integrations) {
            if (integration.isRetired()) {
                continue;
            }
            if (Objects.equals(integration.sponsorId(), leaver.id())) {
                proposals.add(proposal(integration, OwnerRole.SPONSOR, leaver, people));
            }
            if (Objects.equals(integration.technicalOwnerId(), leaver.id())) {
                proposals.add(proposal(integration, OwnerRole.TECHNICAL_OWNER, leaver, people));
            }
        }
        return List.copyOf(proposals);
    }

    private static SuccessionProposal proposal(Integration integration, OwnerRole role, Person leaver,
                                               Map<Long, Person> people) {
        for (Long backup : integration.backupOwnerIds()) {
            if (backup != leaver.id() && isActive(people, backup)) {
                return new SuccessionProposal(integration.id(), integration.name(), role, leaver.id(), backup,
                        SuccessionBasis.BACKUP_OWNER);
            }
        }
        Long manager = leaver.managerId();
        if (manager != null && manager != leaver.id() && isActive(people, manager)) {
            return new SuccessionProposal(integration.id(), integration.name(), role, leaver.id(), manager,
                    SuccessionBasis.MANAGER);
        }
        return new SuccessionProposal(integration.id(), integration.name(), role, leaver.id(), null,
                SuccessionBasis.NONE);
    }

    /// The integration with `successorId` in `role`. A backup owner who is promoted leaves the backup list,
    /// so nobody backs themselves up.
    public static Integration handOver(Integration integration, OwnerRole role, long successorId) {
        Long sponsor = role == OwnerRole.SPONSOR ? Long.valueOf(successorId) : integration.sponsorId();
        Long owner = role == OwnerRole.TECHNICAL_OWNER ? Long.valueOf(successorId) : integration.technicalOwnerId();
        List<Long> backups = integration.backupOwnerIds().stream().filter(id -> id != successorId).toList();
        return new Integration(integration.id(), integration.version(), integration.name(), integration.purpose(),
                integration.vendor(), integration.kind(), integration.pipelineRole(), integration.environments(),
                integration.status(), sponsor, owner, backups, integration.dataAccess(), integration.tools(),
                integration.agentLinks(), integration.credentials(), integration.revocation(),
                integration.nextReview(), integration.updatedAt(), integration.updatedBy());
    }

    private static boolean isActive(Map<Long, Person> people, Long id) {
        Person person = people.get(id);
        return person != null && !person.hasLeft();
    }
}
