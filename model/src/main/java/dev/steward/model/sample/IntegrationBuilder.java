package dev.steward.model.sample;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/// Reads like a description of an integration, so that twenty sample entries stay reviewable.
/// People are given by email and resolved to ids only when built.
final class IntegrationBuilder {
    private final ToLongFunction<String> idOfEmail;
    private final String name;
    private final IntegrationKind kind;
    private LifecycleStatus status = LifecycleStatus.PROPOSED;
    private String purpose = "";
    private String vendor;
    private PipelineRole pipelineRole;
    private final Set<DeploymentEnvironment> environments = EnumSet.noneOf(DeploymentEnvironment.class);
    private String sponsorEmail;
    private String technicalOwnerEmail;
    private final List<String> backupOwnerEmails = new ArrayList<>();
    private final List<DataAccess> dataAccess = new ArrayList<>();
    private final List<ToolAccess> tools = new ArrayList<>();
    private final List<AgentLink> agentLinks = new ArrayList<>();
    private final List<Credential> credentials = new ArrayList<>();
    private RevocationPath revocation = RevocationPath.EMPTY;
    private LocalDate nextReview;

    IntegrationBuilder(ToLongFunction<String> idOfEmail, String name, IntegrationKind kind) {
        this.idOfEmail = idOfEmail;
        this.name = name;
        this.kind = kind;
    }

    IntegrationBuilder status(LifecycleStatus value) {
        status = value;
        return this;
    }

    IntegrationBuilder purpose(String value) {
        purpose = value;
        return this;
    }

    IntegrationBuilder vendor(String value) {
        vendor = value;
        return this;
    }

    IntegrationBuilder role(PipelineRole value) {
        pipelineRole = value;
        return this;
    }

    IntegrationBuilder runsIn(DeploymentEnvironment... values) {
        environments.addAll(List.of(values));
        return this;
    }

    IntegrationBuilder sponsor(String email) {
        sponsorEmail = email;
        return this;
    }

    IntegrationBuilder owner(String email) {
        technicalOwnerEmail = email;
        return this;
    }

    IntegrationBuilder backups(String... emails) {
        backupOwnerEmails.addAll(List.of(emails));
        return this;
    }

    IntegrationBuilder data(String system, AccessLevel level) {
        dataAccess.add(new DataAccess(system, level));
        return this;
    }

    IntegrationBuilder tool(String toolName, ToolType type) {
        tools.add(new ToolAccess(toolName, type));
        return this;
    }

    IntegrationBuilder link(LinkDirection direction, String agent, boolean handsTokens) {
        agentLinks.add(new AgentLink(direction, agent, handsTokens));
        return this;
    }

    IntegrationBuilder credential(Credential value) {
        credentials.add(value);
        return this;
    }

    IntegrationBuilder revocation(RevocationPath value) {
        revocation = value;
        return this;
    }

    IntegrationBuilder nextReview(LocalDate value) {
        nextReview = value;
        return this;
    }

    Integration build() {
        List<Long> backupIds = backupOwnerEmails.stream().map(idOfEmail::applyAsLong).toList();
        return new Integration(0, 0, name, purpose, vendor, kind, pipelineRole, environments, status,
                idOrNull(sponsorEmail), idOrNull(technicalOwnerEmail), backupIds, dataAccess, tools, agentLinks,
                credentials, revocation, nextReview, null, null);
    }

    private Long idOrNull(String email) {
        return email == null ? null : idOfEmail.applyAsLong(email);
    }
}
