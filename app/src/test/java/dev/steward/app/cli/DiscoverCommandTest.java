package dev.steward.app.cli;

import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoverCommandTest {
    @TempDir
    Path dir;

    private Path register;

    @BeforeEach
    void emptyRegister() {
        register = dir.resolve("register");
        RegisterServices.open(register, null, Actor.system(() -> "setup")).close();
    }

    private static Path samples(String folder) {
        try {
            return Path.of(DiscoverCommandTest.class.getResource("/discovery-samples/secret-values.txt").toURI())
                    .resolveSibling(folder);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aDryRunPrintsTheFindingsAsATableAndWritesNothing() {
        CliRun run = CliRun.run(register, "discover", "--dry-run", samples("laptop-ana").toString(),
                samples("exports").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("STATUS", "github", "Invoice Triage Agent", "acme-review-copilot", "no owner",
                "dry run, nothing was written");
        CliRun again = CliRun.run(register, "discover", "--dry-run", "--format", "json", samples("exports").toString());
        assertThat(again.out()).contains("\"status\" : \"new\"").doesNotContain("\"id\" : 1,");
    }

    @Test
    void aRunRecordsFindingsAndTheNextRunSeesThemAgainAsJson() {
        assertThat(CliRun.run(register, "discover", samples("exports").toString()).exitCode()).isEqualTo(ExitCode.OK);

        CliRun json = CliRun.run(register, "discover", "--format", "json", samples("exports").toString());

        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(json.out()).contains("\"key\" : \"github-app:911274\"", "\"id\" : 1");
        for (String value : new String[] {"Q~8xR2mK7pL4vN9wT3yZ6bC1dF5gH0jS8aE2uI4o"}) {
            assertThat(json.out()).doesNotContain(value);
        }
    }

    @Test
    void anUnreadableFileIsInvalidInputNamingFileAndPlace() throws Exception {
        Path bad = dir.resolve(".mcp.json");
        Files.writeString(bad, "{\"mcpServers\": {\"x\": {\"command\": 42}}}");

        CliRun run = CliRun.run(register, "discover", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(".mcp.json", "$.mcpServers.x.command", "must be text", "Nothing was recorded");
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThat(CliRun.run(register, "discover", dir.resolve("nope.json").toString()).exitCode())
                .isEqualTo(ExitCode.IO_OR_DATABASE);
    }
}
