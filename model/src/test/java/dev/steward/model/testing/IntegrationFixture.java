package dev.steward.model.testing;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/// A fully valid integration for tests, and a copy-with-changes builder so each test states only what it varies.
public final class IntegrationFixture {
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    public static final long SPONSOR = 1;
    public static final long OWNER = 2;
    public static final long BACKUP = 3;

    public long id = 7;
    public long version = 3;
    public String name = "Invoice triage agent";
    public String purpose = "Files supplier invoices in the ERP.";
    public String vendor = "Built in-house";
    public IntegrationKind kind = IntegrationKind.AUTONOMOUS_AGENT;
    public PipelineRole pipelineRole;
    public Set<DeploymentEnvironment> environments = Set.of(DeploymentEnvironment.PRODUCTION);
    public LifecycleStatus status = LifecycleStatus.ACTIVE;
    public Long sponsorId = SPONSOR;
    public Long technicalOwnerId = OWNER;
    public List<Long> backupOwnerIds = List.of(BACKUP);
    public List<DataAccess> dataAccess = List.of(new DataAccess("ERP invoices", AccessLevel.WRITE));
    public List<ToolAccess> tools = List.of(new ToolAccess("ERP REST API", ToolType.API));
    public List<AgentLink> agentLinks = List.of(new AgentLink(LinkDirection.DOWNSTREAM, "Payment agent", false));
    public List<Credential> credentials = List.of(new Credential("ERP service account key",
            CredentialType.SERVICE_ACCOUNT_KEY, SecretStorage.SECRETS_MANAGER, Duration.ofDays(90),
            TODAY.minusDays(10), 90));
    public RevocationPath revocation = new RevocationPath("ERP admin console", "Security on-call",
            "Disable the account.", Duration.ofMinutes(15), TODAY.minusDays(30), RevocationTestResult.PASSED,
            "Manual triage.");
    public LocalDate nextReview = TODAY.plusDays(90);
    public Instant updatedAt = Instant.parse("2025-06-01T10:00:00Z");
    public String updatedBy = "ana";

    public static IntegrationFixture valid() {
        return new IntegrationFixture();
    }

    public static IntegrationFixture from(Integration i) {
        IntegrationFixture f = new IntegrationFixture();
        f.id = i.id();
        f.version = i.version();
        f.name = i.name();
        f.purpose = i.purpose();
        f.vendor = i.vendor();
        f.kind = i.kind();
        f.pipelineRole = i.pipelineRole();
        f.environments = i.environments();
        f.status = i.status();
        f.sponsorId = i.sponsorId();
        f.technicalOwnerId = i.technicalOwnerId();
        f.backupOwnerIds = i.backupOwnerIds();
        f.dataAccess = i.dataAccess();
        f.tools = i.tools();
        f.agentLinks = i.agentLinks();
        f.credentials = i.credentials();
        f.revocation = i.revocation();
        f.nextReview = i.nextReview();
        f.updatedAt = i.updatedAt();
        f.updatedBy = i.updatedBy();
        return f;
    }

    /// Changes the fixture in place and returns it, e.g. `valid().with(f -> f.name = "")`.
    public IntegrationFixture with(java.util.function.Consumer<IntegrationFixture> change) {
        change.accept(this);
        return this;
    }

    public Integration build() {
        return new Integration(id, version, name, purpose, vendor, kind, pipelineRole, environments, status,
                sponsorId, technicalOwnerId, backupOwnerIds, dataAccess, tools, agentLinks, credentials, revocation,
                nextReview, updatedAt, updatedBy);
    }

    public static RevocationPath revocationWith(RevocationPath r, String killSwitch, String authorisedBy,
                                                String steps, String impact) {
        return new RevocationPath(killSwitch, authorisedBy, steps, r.targetTime(), r.lastTested(), r.lastResult(),
                impact);
    }
}
