package dev.steward.model.discovery;

import dev.steward.model.csv.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class DiscoveryTest {
    @Test
    void aFolderFindsEveryClientsFileAndMergesTheSameServerAcrossThem() {
        DiscoveryReport report = Discovery.read(List.of(Samples.file("laptop-ana"), Samples.file("project-invoices"),
                Samples.file("exports")), ProgressMonitor.NONE);

        assertThat(report.files()).hasSize(13);
        Finding github = Samples.named(report.findings(), "github");
        assertThat(github.sources()).extracting(SourceRef::source).containsExactlyInAnyOrder(
                DiscoverySource.CLAUDE_DESKTOP, DiscoverySource.CURSOR, DiscoverySource.CLAUDE_CODE,
                DiscoverySource.CODEX);
        assertThat(report.findings().stream().filter(f -> f.key().equals(github.key()))).hasSize(1);
    }

    @Test
    void noValueOfTheSampleFilesReachesAFinding() {
        DiscoveryReport report = Discovery.read(Samples.folders(), ProgressMonitor.NONE);

        String everything = report.findings().toString();
        for (String value : Samples.secretValues()) {
            assertThat(everything).as("a finding holding a value of the samples").doesNotContain(value);
        }
        assertThat(everything).contains("GITHUB_PERSONAL_ACCESS_TOKEN");
    }

    @Test
    void invalidJsonNamesTheLineAndNeverQuotesTheText(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".mcp.json");
        Files.writeString(file, "{\n  \"mcpServers\": {\n    \"x\": { \"env\": { \"K\": sk_live_notquoted } }\n  }\n}");

        Throwable thrown = catchThrowable(() -> Discovery.read(List.of(file), ProgressMonitor.NONE));

        assertThat(thrown).isInstanceOf(DiscoveryInputException.class).hasMessageContaining(".mcp.json")
                .hasMessageContaining("line 3").hasMessageNotContaining("sk_live");
    }

    @Test
    void aFileOfNoKnownKindIsRefusedWhenNamedAndSkippedWhenFoundInAFolder(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("package.json");
        Files.writeString(other, "{\"name\": \"x\"}");

        assertThat(catchThrowable(() -> Discovery.read(List.of(other), ProgressMonitor.NONE)))
                .isInstanceOf(DiscoveryInputException.class).hasMessageContaining("not a file Steward discovers from");
        DiscoveryReport report = Discovery.read(List.of(dir), ProgressMonitor.NONE);
        assertThat(report.findings()).isEmpty();
        assertThat(report.skipped()).hasSize(1);
    }

    @Test
    void aLongFileReadsInLinearTime(@TempDir Path dir) throws Exception {
        // 200,000 servers with long arguments: a quadratic step would not finish within the hang bound
        StringBuilder json = new StringBuilder("{\"mcpServers\": {");
        for (int i = 0; i < 200_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"s").append(i)
                    .append("\": {\"command\": \"npx\", \"args\": [\"-y\", \"@acme/s").append(i).append("\"]}");
        }
        Path file = dir.resolve("claude_desktop_config.json");
        Files.writeString(file, json.append("}}"));

        assertThat(org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2),
                () -> Discovery.read(List.of(file), ProgressMonitor.NONE)).findings()).hasSize(200_000);
    }

    @Test
    void theFingerprintIgnoresOrderAndSources() {
        Finding github = Samples.named(Samples.read("laptop-ana/claude/claude_desktop_config.json"), "github");
        Finding elsewhere = github.withSources(List.of(new SourceRef(DiscoverySource.CURSOR, "/x", "$")));

        assertThat(elsewhere.fingerprint()).isEqualTo(github.fingerprint());
    }
}
