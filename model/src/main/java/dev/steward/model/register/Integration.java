package dev.steward.model.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/// One AI integration in the register.
///
/// Owners are referenced by {@link Person} id so that a departure is a fact about a person, not a string.
/// {@code version} is the optimistic-locking counter: a save carries the version it was read at and fails
/// if someone else saved in between.
///
/// @param id             database id, 0 while unsaved
/// @param version        0 while unsaved, then 1, 2, ... per saved change
/// @param pipelineRole   only for {@link IntegrationKind#PIPELINE_COMPONENT}, otherwise {@code null}
/// @param sponsorId      business sponsor, {@code null} until assigned (required before approval)
/// @param backupOwnerIds ordered: the first is asked first
/// @param updatedAt      when the stored version was written; {@code null} while unsaved
public record Integration(
        long id,
        long version,
        String name,
        String purpose,
        String vendor,
        IntegrationKind kind,
        PipelineRole pipelineRole,
        Set<DeploymentEnvironment> environments,
        LifecycleStatus status,
        Long sponsorId,
        Long technicalOwnerId,
        List<Long> backupOwnerIds,
        List<DataAccess> dataAccess,
        List<ToolAccess> tools,
        List<AgentLink> agentLinks,
        List<Credential> credentials,
        RevocationPath revocation,
        LocalDate nextReview,
        Instant updatedAt,
        String updatedBy) {

    public Integration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        environments = environments == null || environments.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(environments));
        backupOwnerIds = List.copyOf(backupOwnerIds == null ? List.of() : backupOwnerIds);
        dataAccess = List.copyOf(dataAccess == null ? List.of() : dataAccess);
        tools = List.copyOf(tools == null ? List.of() : tools);
        agentLinks = List.copyOf(agentLinks == null ? List.of() : agentLinks);
        credentials = List.copyOf(credentials == null ? List.of() : credentials);
        revocation = revocation == null ? RevocationPath.EMPTY : revocation;
    }

    /// A new, unsaved, proposed integration with everything else empty.
    public static Integration draft(String name, IntegrationKind kind) {
        return new Integration(0, 0, name, "", null, kind, null, Set.of(), LifecycleStatus.PROPOSED,
                null, null, List.of(), List.of(), List.of(), List.of(), List.of(), RevocationPath.EMPTY,
                null, null, null);
    }

    public boolean isNew() {
        return id == 0;
    }

    public boolean isRetired() {
        return status == LifecycleStatus.RETIRED;
    }

    /// Highest access level over all data and systems, or {@code null} when it touches none.
    public AccessLevel highestAccess() {
        return dataAccess.stream().map(DataAccess::level).max(Enum::compareTo).orElse(null);
    }

    public Integration withStatus(LifecycleStatus newStatus) {
        return new Integration(id, version, name, purpose, vendor, kind, pipelineRole, environments, newStatus,
                sponsorId, technicalOwnerId, backupOwnerIds, dataAccess, tools, agentLinks, credentials,
                revocation, nextReview, updatedAt, updatedBy);
    }

    /// Copy carrying the identity and stamp the store assigned on save.
    public Integration stored(long newId, long newVersion, Instant at, String by) {
        return new Integration(newId, newVersion, name, purpose, vendor, kind, pipelineRole, environments, status,
                sponsorId, technicalOwnerId, backupOwnerIds, dataAccess, tools, agentLinks, credentials,
                revocation, nextReview, at, by);
    }
}
