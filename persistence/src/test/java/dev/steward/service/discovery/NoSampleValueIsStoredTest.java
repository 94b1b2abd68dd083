package dev.steward.service.discovery;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.register.Integration;
import dev.steward.service.access.Actor;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TextColumnSearch;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// The promise of issue 18: no value written in the sample files (keys, tokens, passwords, headers) reaches the
/// database, the log or an export, after discovering, registering every finding and exporting the register.
class NoSampleValueIsStoredTest extends RegisterFixture {
    @Test
    void noValueOfTheSampleFilesReachesTheDatabaseTheLogOrAnExport() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream original = System.err;
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            DiscoveryService discovery = new DiscoveryService(db, Actor.system(() -> "alice"), Clock.systemUTC(), service);
            DiscoveryRun run = discovery.reconcile(DiscoverySamples.read("laptop-ana", "project-invoices", "exports",
                    "exports-grown"), false);
            for (ReconciledFinding finding : run.findings()) {
                if (finding.integrationId() == null) {
                    Integration draft = discovery.draft(finding.id());
                    discovery.register(finding.id(), draft.withStatus(dev.steward.model.register.LifecycleStatus.PROPOSED));
                }
            }
            discovery.reconcile(DiscoverySamples.read("exports-grown"), false);
            new RegisterExporter(db).export(service.integrations(), csv, false, ProgressMonitor.NONE);
        } finally {
            System.setErr(original);
        }

        assertThat(service.integrations()).hasSizeGreaterThan(15);
        String exported = csv.toString(StandardCharsets.UTF_8);
        assertThat(exported).contains("GITHUB_PERSONAL_ACCESS_TOKEN (env)");
        List<String> columns = TextColumnSearch.textColumns(db);
        for (String value : DiscoverySamples.secretValues()) {
            for (String column : columns) {
                assertThat(TextColumnSearch.count(db, column, value)).as("%s in %s", value, column).isZero();
            }
            assertThat(log.toString(StandardCharsets.UTF_8)).as("the log").doesNotContain(value);
            assertThat(exported).as("the CSV export").doesNotContain(value);
        }
    }
}
