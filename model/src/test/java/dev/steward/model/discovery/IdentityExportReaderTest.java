package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class IdentityExportReaderTest {
    @Test
    void entraIdentitiesTakeTheirBlueprintsCredentialsAndPublisher() {
        List<Finding> found = Samples.read("exports/entra-agent-identities.json", "exports/entra-agent-blueprints.json");

        // the blueprint is folded into the two identities made from it
        assertThat(found).extracting(Finding::name).containsExactly("Invoice Triage Agent", "HR Onboarding Agent");
        Finding invoices = found.getFirst();
        assertThat(invoices.key()).isEqualTo("entra:7d3c1a52-9b4e-4f0a-8c6d-2e1f5a9b3c70");
        assertThat(invoices.kind()).isEqualTo(IntegrationKind.AUTONOMOUS_AGENT);
        assertThat(invoices.vendor()).isEqualTo("Acme Corp");
        assertThat(invoices.ownerEmails()).containsExactly("ben.okafor@acme.example");
        assertThat(invoices.sponsorEmails()).containsExactly("ana.pereira@acme.example");
        assertThat(invoices.dataAccess()).containsExactly(new DataAccess("Microsoft Graph", AccessLevel.WRITE));
        assertThat(invoices.tools()).extracting(ToolAccess::name).containsExactly(
                "Microsoft Graph app role 810c84a8-4a9e-49e6-bf7d-12d183f40d01", "Microsoft Graph Mail.Read",
                "Microsoft Graph Files.Read.All");
        assertThat(invoices.credentials()).containsExactly(
                new Credential("client secret 'bootstrap secret' (keyId a1d4f7c2-5e8b-4a3d-9f6c-0b2e7d1a4c85)",
                        CredentialType.STATIC_API_KEY, SecretStorage.CONFIG_FILE, Duration.ofDays(181), null, null),
                new Credential("federated 'github-deploy' from https://token.actions.githubusercontent.com",
                        CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.SECRETS_MANAGER, Duration.ofHours(1), null, null));
        assertThat(invoices.sources()).hasSize(2);

        Finding hr = found.get(1);
        assertThat(hr.ownerless()).isTrue();
        // a group sponsor is not a person Steward can match: noted, and the finding counts as sponsorless
        assertThat(hr.sponsorEmails()).containsExactly("ana.pereira@acme.example");
        assertThat(hr.notes()).anyMatch(n -> n.contains("disabled"));
    }

    @Test
    void aBlueprintReadAloneIsAFindingOfItsOwn() {
        List<Finding> found = Samples.read("exports/entra-agent-blueprints.json");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo("entra-app:c4f2e8a1-6b3d-4e9f-a7c5-1d8b2e6f4a90");
            assertThat(f.notes()).anyMatch(n -> n.contains("Microsoft Graph"));
        });
    }

    @Test
    void gitHubInstallationsOneFindingPerAppWithPermissionLevels() {
        List<Finding> found = Samples.read("exports/github-installations.json");

        Finding review = Samples.named(found, "acme-review-copilot");
        assertThat(review.key()).isEqualTo("github-app:911274");
        assertThat(review.dataAccess()).containsExactly(new DataAccess("GitHub contents", AccessLevel.READ),
                new DataAccess("GitHub pull_requests", AccessLevel.WRITE),
                new DataAccess("GitHub metadata", AccessLevel.READ), new DataAccess("GitHub issues", AccessLevel.READ));
        assertThat(review.notes()).contains("installed on all repositories of acme");
        assertThat(Samples.named(found, "dependency-agent").notes()).anyMatch(n -> n.startsWith("suspended since"));
    }

    @Test
    void oktaGrantsPerClientAndAgentsWithOwners() {
        List<Finding> grants = Samples.read("exports/okta-grants.json");
        // the revoked grant's client is not listed
        assertThat(grants).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Meeting Notes AI");
            assertThat(f.key()).isEqualTo("okta-client:0oa8xk3meeting-notes");
            assertThat(f.dataAccess()).containsExactly(new DataAccess("Okta acme.okta.com", AccessLevel.ADMIN));
            assertThat(f.tools()).extracting(ToolAccess::name).containsExactly("okta.users.read", "okta.groups.manage");
            assertThat(f.credentials()).extracting(Credential::type).containsExactly(CredentialType.USER_DELEGATED_TOKEN);
        });

        List<Finding> agents = Samples.read("exports/okta-ai-agents.json");
        assertThat(agents).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("Procurement Negotiator");
            assertThat(f.ownerEmails()).containsExactly("chloe.martin@acme.example");
            assertThat(f.notes()).contains("one owner (Okta recommends two)");
            assertThat(f.dataAccess()).containsExactly(new DataAccess("Coupa", AccessLevel.WRITE));
            assertThat(f.credentials()).extracting(Credential::label).containsExactly("private key JWT 'procure-2026-11'");
        });
    }

    @Test
    void anUnknownGitHubLevelNamesItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("installations.json");
        Files.writeString(file, "{\"installations\": [{\"app_id\": 1, \"app_slug\": \"x\", \"permissions\": {\"contents\": \"owner\"}}]}");

        Throwable thrown = catchThrowable(() -> Samples.read(file.toString()));

        assertThat(thrown).isInstanceOf(DiscoveryInputException.class)
                .hasMessageContaining("$.installations[0].permissions.contents").hasMessageContaining("read, write or admin");
    }

    @Test
    void anEntraObjectOfNoKnownTypeNamesItsPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("graph.json");
        Files.writeString(file, "{\"@odata.context\": \"x\", \"value\": [{\"id\": \"1\", \"displayName\": \"User\"}]}");

        assertThat(catchThrowable(() -> Samples.read(file.toString()))).isInstanceOf(DiscoveryInputException.class)
                .hasMessageContaining("$.value[0]").hasMessageContaining("neither an agentIdentity");
    }
}
