package dev.steward.testing;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/// Integrations for tests, built with every part filled so that round trips prove every column.
public final class TestRegisters {
    private TestRegisters() {
    }

    /// A pipeline component with every list holding several entries in a deliberately unsorted order.
    public static Integration fullyFilled(String name, long sponsor, long owner, List<Long> backups) {
        return new Integration(0, 0, name, "Plans ticket triage — Zoë's team, Kraków 東京", "Acme AI",
                IntegrationKind.PIPELINE_COMPONENT, PipelineRole.PLANNER,
                Set.of(DeploymentEnvironment.PRODUCTION, DeploymentEnvironment.DEVELOPMENT),
                LifecycleStatus.IN_REVIEW, sponsor, owner, backups,
                List.of(new DataAccess("Zendesk tickets", AccessLevel.WRITE),
                        new DataAccess("Customer CRM", AccessLevel.READ),
                        new DataAccess("Billing", AccessLevel.ADMIN)),
                List.of(new ToolAccess("jira-mcp", ToolType.MCP_SERVER), new ToolAccess("Slack API", ToolType.API),
                        new ToolAccess("calculator", ToolType.TOOL)),
                List.of(new AgentLink(LinkDirection.DOWNSTREAM, "executor-bot", true),
                        new AgentLink(LinkDirection.UPSTREAM, "intake-agent", false)),
                List.of(new Credential("Jira OAuth client", CredentialType.OAUTH_CLIENT_REFRESH_TOKEN,
                                SecretStorage.SECRETS_MANAGER, Duration.ofDays(90), LocalDate.of(2026, 9, 1), 90),
                        new Credential("Legacy key", CredentialType.STATIC_API_KEY, SecretStorage.CONFIG_FILE,
                                null, null, null),
                        new Credential("OIDC token", CredentialType.SHORT_LIVED_OIDC_TOKEN,
                                SecretStorage.SECRETS_MANAGER, Duration.ofMinutes(15), null, null)),
                new RevocationPath("Okta app toggle", "On-call SRE", "1. Disable app\n2. Rotate keys",
                        Duration.ofMinutes(30), LocalDate.of(2026, 10, 5), RevocationTestResult.PARTIAL,
                        "Triage stops"),
                LocalDate.of(2027, 1, 15), null, null);
    }

    /// A small integration with only what a reasonable validator asks of a proposal.
    public static Integration minimal(String name, IntegrationKind kind) {
        return new Integration(0, 0, name, "Summarises support tickets", "Acme AI", kind, null, Set.of(),
                LifecycleStatus.PROPOSED, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                null, null);
    }

    /// A copy with another name, keeping identity and version (as an edit in the UI would).
    public static Integration renamed(Integration i, String name) {
        return new Integration(i.id(), i.version(), name, i.purpose(), i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), i.backupOwnerIds(),
                i.dataAccess(), i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(),
                i.updatedAt(), i.updatedBy());
    }

    /// A copy with other backup owners.
    public static Integration withBackups(Integration i, List<Long> backups) {
        return new Integration(i.id(), i.version(), i.name(), i.purpose(), i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), backups,
                i.dataAccess(), i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(),
                i.updatedAt(), i.updatedBy());
    }

    /// A copy with another sponsor.
    public static Integration withSponsor(Integration i, Long sponsor) {
        return new Integration(i.id(), i.version(), i.name(), i.purpose(), i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), sponsor, i.technicalOwnerId(), i.backupOwnerIds(),
                i.dataAccess(), i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(),
                i.updatedAt(), i.updatedBy());
    }

    /// A copy with another purpose, keeping identity and version.
    public static Integration withPurpose(Integration i, String purpose) {
        return new Integration(i.id(), i.version(), i.name(), purpose, i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), i.backupOwnerIds(),
                i.dataAccess(), i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(),
                i.updatedAt(), i.updatedBy());
    }
}
