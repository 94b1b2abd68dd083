package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class McpConfigReaderTest {
    private static Credential staticKey(String label, SecretStorage storage) {
        return new Credential(label, CredentialType.STATIC_API_KEY, storage, null, null, null);
    }

    @Test
    void claudeDesktopServersWithTheirCredentialsByNameAndStorage() {
        List<Finding> found = Samples.read("laptop-ana/claude/claude_desktop_config.json");

        assertThat(found).extracting(Finding::name).containsExactly("github", "filesystem", "postgres-sales", "slack");
        Finding github = Samples.named(found, "github");
        assertThat(github.key()).isEqualTo("mcp:github|npx @modelcontextprotocol/server-github");
        assertThat(github.kind()).isEqualTo(IntegrationKind.MCP_SERVER);
        assertThat(github.vendor()).isEqualTo("modelcontextprotocol");
        assertThat(github.tools()).containsExactly(new ToolAccess("github", ToolType.MCP_SERVER));
        assertThat(github.credentials()).containsExactly(
                staticKey("GITHUB_PERSONAL_ACCESS_TOKEN (env)", SecretStorage.CONFIG_FILE));
        assertThat(github.sources()).singleElement().satisfies(s -> {
            assertThat(s.source()).isEqualTo(DiscoverySource.CLAUDE_DESKTOP);
            assertThat(s.location()).isEqualTo("$.mcpServers.github");
        });
        assertThat(github.ownerless()).isTrue();
        assertThat(github.sponsorless()).isTrue();

        assertThat(Samples.named(found, "filesystem").credentials()).isEmpty();
        Finding postgres = Samples.named(found, "postgres-sales");
        assertThat(postgres.credentials()).containsExactly(
                staticKey("credentials in the URL's user info (argument)", SecretStorage.CONFIG_FILE));
        assertThat(postgres.dataAccess()).containsExactly(
                new DataAccess("postgresql://db.sales.internal:5432/sales", AccessLevel.WRITE));

        Finding slack = Samples.named(found, "slack");
        assertThat(slack.key()).isEqualTo("mcp:slack|docker mcp/slack");
        assertThat(slack.vendor()).isEqualTo("mcp");
        // named twice (docker -e passes it through; env sets it): both kept, neither value
        assertThat(slack.credentials()).extracting(Credential::label)
                .containsExactlyInAnyOrder("SLACK_BOT_TOKEN (container env)", "SLACK_BOT_TOKEN (env)");
    }

    @Test
    void claudeCodeUserFileReadsTheUserServersAndEveryProjectsServers() {
        List<Finding> found = Samples.read("laptop-ana/.claude.json");

        assertThat(found).extracting(Finding::name).containsExactly("sentry", "stripe", "linear");
        Finding sentry = Samples.named(found, "sentry");
        assertThat(sentry.key()).isEqualTo("mcp:sentry|https://mcp.sentry.dev/mcp");
        assertThat(sentry.vendor()).isEqualTo("mcp.sentry.dev");
        assertThat(sentry.credentials()).isEmpty();
        assertThat(sentry.notes()).anyMatch(n -> n.contains("OAuth"));

        Finding stripe = Samples.named(found, "stripe");
        assertThat(stripe.sources().getFirst().location())
                .isEqualTo("$.projects[\"/Users/ana/src/invoices\"].mcpServers.stripe");
        assertThat(stripe.vendor()).isEqualTo("stripe");
        assertThat(stripe.credentials()).containsExactly(staticKey("'--api-key' argument", SecretStorage.CONFIG_FILE));

        assertThat(Samples.named(found, "linear").credentials())
                .containsExactly(staticKey("'Authorization' header", SecretStorage.CONFIG_FILE));
    }

    @Test
    void claudeCodeProjectFileTellsPlaceholdersAndLiteralDefaultsApart() {
        List<Finding> found = Samples.read("project-invoices/.mcp.json");

        assertThat(Samples.named(found, "github").credentials())
                .containsExactly(staticKey("GITHUB_PERSONAL_ACCESS_TOKEN (env)", SecretStorage.ENVIRONMENT_VARIABLE));
        Finding db = Samples.named(found, "invoice-db");
        assertThat(db.key()).isEqualTo("mcp:invoice-db|python");
        // ${VAR:-default} with a default: the default is a password written into the file
        assertThat(db.credentials()).containsExactly(staticKey("INVOICE_DB_PASSWORD (env)", SecretStorage.CONFIG_FILE));
    }

    @Test
    void vsCodeReadsServersAndMakesPasswordInputsCredentials() {
        List<Finding> found = Samples.read("project-invoices/.vscode/mcp.json");

        assertThat(found).extracting(Finding::name).containsExactly("perplexity", "azure-devops");
        assertThat(found).allSatisfy(f -> assertThat(f.sources().getFirst().source()).isEqualTo(DiscoverySource.VS_CODE));
        assertThat(Samples.named(found, "perplexity").credentials())
                .containsExactly(staticKey("PERPLEXITY (env)", SecretStorage.SECRETS_MANAGER));
        assertThat(Samples.named(found, "azure-devops").credentials())
                .containsExactly(staticKey("'Authorization' header", SecretStorage.CONFIG_FILE));
    }

    @Test
    void cursorWindsurfAndGeminiFiles() {
        Finding browserbase = Samples.named(Samples.read("laptop-ana/.cursor/mcp.json"), "browserbase");
        assertThat(browserbase.key()).isEqualTo("mcp:browserbase|https://mcp.browserbase.com/mcp");
        assertThat(browserbase.credentials())
                .containsExactly(staticKey("'browserbaseApiKey' URL parameter", SecretStorage.CONFIG_FILE));
        assertThat(browserbase.sources().getFirst().source()).isEqualTo(DiscoverySource.CURSOR);

        List<Finding> windsurf = Samples.read("laptop-ana/.codeium/windsurf/mcp_config.json");
        assertThat(Samples.named(windsurf, "brave-search").credentials())
                .containsExactly(staticKey("BRAVE_API_KEY (env)", SecretStorage.CONFIG_FILE));
        assertThat(Samples.named(windsurf, "atlassian").key()).isEqualTo("mcp:atlassian|https://mcp.atlassian.com/v1/sse");

        List<Finding> gemini = Samples.read("laptop-ana/.gemini/settings.json");
        Finding jira = Samples.named(gemini, "jira");
        assertThat(jira.key()).isEqualTo("mcp:jira|uvx mcp-atlassian");
        assertThat(jira.tools()).extracting(ToolAccess::name).containsExactly("jira", "jira_search", "jira_create_issue");
        assertThat(jira.credentials()).containsExactly(staticKey("JIRA_API_TOKEN (env)", SecretStorage.CONFIG_FILE));
        assertThat(jira.notes()).anyMatch(n -> n.startsWith("trusted"));
        assertThat(Samples.named(gemini, "bigquery").credentials())
                .containsExactly(staticKey("'X-Goog-Api-Key' header", SecretStorage.CONFIG_FILE));
    }

    @Test
    void codexTomlTablesIncludingAnEnvSubTable() {
        List<Finding> found = Samples.read("laptop-ana/.codex/config.toml");

        assertThat(found).extracting(Finding::name).containsExactly("github", "notion", "datadog");
        assertThat(Samples.named(found, "github").sources().getFirst().location()).isEqualTo("mcp_servers.github");
        assertThat(Samples.named(found, "notion").credentials()).containsExactly(
                staticKey("NOTION_TOKEN (bearer token from the environment)", SecretStorage.ENVIRONMENT_VARIABLE));
        Finding datadog = Samples.named(found, "datadog");
        assertThat(datadog.key()).isEqualTo("mcp:datadog|datadog-mcp");
        assertThat(datadog.credentials()).extracting(Credential::label)
                .containsExactly("DD_API_KEY (env)", "DD_APP_KEY (env)");
        assertThat(datadog.notes()).contains("started read-only (--read-only)");
    }

    @Test
    void aServerThatIsNotAnObjectIsRefusedWithItsPath(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("claude_desktop_config.json");
        java.nio.file.Files.writeString(file, "{\"mcpServers\": {\"ok\": {\"command\": \"node\"}, \"bad\": {\"command\": \"x\", \"args\": \"--token=abc\"}}}");

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Samples.read(file.toString()));

        assertThat(thrown).isInstanceOf(DiscoveryInputException.class)
                .hasMessageContaining(file.getFileName().toString())
                .hasMessageContaining("$.mcpServers.bad.args").hasMessageContaining("must be an array")
                .hasMessageNotContaining("abc");
    }
}
