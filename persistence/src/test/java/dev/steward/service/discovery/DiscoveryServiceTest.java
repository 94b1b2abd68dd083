package dev.steward.service.discovery;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.discovery.DiscoveryReport;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.access.Actor;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.StoredAttestation;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DiscoveryServiceTest extends AttestationFixture {
    private DiscoveryService discovery;

    @BeforeEach
    void discoveryService() {
        discovery = new DiscoveryService(db, Actor.system(() -> "rita"), clock, service);
    }

    private ReconciledFinding named(DiscoveryRun run, String name) {
        return run.findings().stream().filter(f -> f.finding().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aFirstRunProposesEveryFindingAsNewWithFlagsAndSources() {
        DiscoveryRun run = discovery.reconcile(DiscoverySamples.everything(), false);

        assertThat(run.findings()).allMatch(f -> f.status() == FindingStatus.NEW && f.id() > 0);
        ReconciledFinding github = named(run, "github");
        assertThat(github.finding().sources()).hasSize(4);
        assertThat(github.flags()).contains("no owner", "no sponsor", "1 credential in a config file");
        assertThat(rows("discovered_finding")).isEqualTo(run.findings().size());
        assertThat(discovery.findings()).hasSize(run.findings().size());
        assertThat(service.recentActivity(500)).filteredOn(e -> e.entityType().equals(AuditLog.DISCOVERY))
                .hasSize(run.findings().size() + 1);
    }

    @Test
    void aDryRunWritesNothing() {
        int audit = rows("audit_event");

        DiscoveryRun run = discovery.reconcile(DiscoverySamples.everything(), true);

        assertThat(run.dryRun()).isTrue();
        assertThat(run.findings()).isNotEmpty().allMatch(f -> f.id() == 0);
        assertThat(rows("discovered_finding")).isZero();
        assertThat(rows("audit_event")).isEqualTo(audit);
    }

    @Test
    void aFindingNamedAsAnIntegrationMatchesIt() {
        service.create(TestRegisters.minimal("GitHub", dev.steward.model.register.IntegrationKind.MCP_SERVER));

        ReconciledFinding github = named(discovery.reconcile(DiscoverySamples.everything(), false), "github");

        assertThat(github.status()).isEqualTo(FindingStatus.CHANGED);
        assertThat(github.integrationName()).isEqualTo("GitHub");
        assertThat(github.changes()).extracting(FindingChange::kind)
                .contains(FindingChange.Kind.NEW_TOOL, FindingChange.Kind.NEW_CREDENTIAL);
    }

    @Test
    void registeredThenAttestedThenAPermissionGrowsTheIntegrationIsReassessedAndTheAttestationStale() {
        ReconciledFinding found = named(discovery.reconcile(DiscoverySamples.read("exports"), false),
                "acme-review-copilot");
        Integration draft = discovery.draft(found.id());
        assertThat(draft.dataAccess()).contains(new DataAccess("GitHub contents", AccessLevel.READ));
        Integration full = TestRegisters.fullyFilled(draft.name(), ana.id(), ben.id(), List.of(chloe.id()));
        Integration edited = new Integration(0, 0, draft.name(), draft.purpose(), "Acme", draft.kind(), null,
                full.environments(), LifecycleStatus.ACTIVE, ana.id(), ben.id(), List.of(), draft.dataAccess(),
                draft.tools(), List.of(), draft.credentials(), full.revocation(), full.nextReview(), null, null);
        Integration registered = discovery.register(found.id(), edited);
        integration = service.classify(registered.id(), registered.version(),
                TestAnswers.of(TestAnswers.readOnlyCopilot())).integration();
        StoredAttestation submitted = submittedBy(rita);
        StoredAttestation signed = as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        assertThat(signed.attestation().state()).isEqualTo(AttestationState.SIGNED);
        assertThat(named(discovery.reconcile(DiscoverySamples.read("exports"), false), "acme-review-copilot").status())
                .isEqualTo(FindingStatus.MATCHED);

        ReconciledFinding grown = named(discovery.reconcile(DiscoverySamples.read("exports-grown"), false),
                "acme-review-copilot");

        assertThat(grown.status()).isEqualTo(FindingStatus.CHANGED);
        assertThat(grown.changes()).containsExactly(new FindingChange(FindingChange.Kind.BROADER_ACCESS,
                "GitHub contents READ → WRITE", true));
        assertThat(grown.reassessed()).isTrue();
        Integration after = service.integration(registered.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(LifecycleStatus.UNDER_REASSESSMENT);
        assertThat(after.dataAccess()).contains(new DataAccess("GitHub contents", AccessLevel.WRITE));
        assertThat(as(max).history(registered.id())).filteredOn(a -> a.id() == signed.id()).singleElement()
                .satisfies(a -> assertThat(a.attestation().state()).isEqualTo(AttestationState.STALE));
        List<AuditEvent> history = service.history(registered.id());
        assertThat(history).anyMatch(e -> e.action().equals(AuditLog.DISCOVER) && "dataAccess".equals(e.field()));
        // the change is in the record now: the next run finds nothing new
        assertThat(named(discovery.reconcile(DiscoverySamples.read("exports-grown"), false), "acme-review-copilot")
                .status()).isEqualTo(FindingStatus.MATCHED);
    }

    @Test
    void aDismissedFindingStaysDismissedUntilItChangesOrComesFromElsewhere() {
        long id = named(discovery.reconcile(DiscoverySamples.read("exports"), false), "dependency-agent").id();

        assertThat(catchThrowable(() -> discovery.dismiss(id, "  "))).isInstanceOf(ValidationException.class);
        assertThat(catchThrowable(() -> discovery.dismiss(id, "key " + "AKIA" + "IOSFODNN7EXAMPLE")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("looks like");
        assertThat(discovery.dismiss(id, "Not AI: Renovate-style bot, suspended").status())
                .isEqualTo(FindingStatus.DISMISSED);

        assertThat(named(discovery.reconcile(DiscoverySamples.read("exports"), false), "dependency-agent").status())
                .isEqualTo(FindingStatus.DISMISSED);
        // the same installation listed in another file: not the source it was dismissed from
        ReconciledFinding elsewhere = named(discovery.reconcile(DiscoverySamples.read("exports-grown"), false),
                "dependency-agent");
        assertThat(elsewhere.status()).isEqualTo(FindingStatus.NEW);
        assertThat(elsewhere.dismissedReason()).isEqualTo("Not AI: Renovate-style bot, suspended");
        assertThat(service.recentActivity(100)).anyMatch(e -> e.action().equals(AuditLog.DISMISS));
    }

    @Test
    void aFindingWhoseNameLooksLikeASecretIsRefusedAndNothingIsWritten() {
        DiscoveryReport report = DiscoverySamples.read("exports");
        var leaky = report.findings().getFirst();
        var renamed = new dev.steward.model.discovery.Finding(leaky.key(), "ghp_" + "qm7xz2lp9rt4kw8vn3bc6hy1jd5fg0sa7ue2",
                leaky.vendor(), leaky.kind(), leaky.tools(), leaky.dataAccess(), leaky.credentials(),
                leaky.ownerEmails(), leaky.sponsorEmails(), leaky.notes(), leaky.sources(), null);

        Throwable refused = catchThrowable(() -> discovery.reconcile(new DiscoveryReport(List.of(renamed),
                report.files(), List.of()), false));

        assertThat(refused).isInstanceOf(ValidationException.class).hasMessageContaining("looks like")
                .hasMessageNotContaining("ghp_");
        assertThat(rows("discovered_finding")).isZero();
    }
}
