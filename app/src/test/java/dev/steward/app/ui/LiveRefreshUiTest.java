package dev.steward.app.ui;

import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.team.LiveRefresh;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.TeamAddress;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/// A window on a team register keeps following a colleague who saves every 150 ms: the refresh comes a short
/// pause after the first notice, and later notices do not push it back (they did: a team that kept saving was
/// only shown once everyone stopped). Real PostgreSQL, real notices; the waits are hang bounds.
@ExtendWith(ApplicationExtension.class)
class LiveRefreshUiTest {
    private static final Duration STEADY = Duration.ofSeconds(3);

    @Start
    void start(Stage stage) {
        // the toolkit is all this test needs: LiveRefresh gathers notices on the FX thread
    }

    @Test
    void aColleagueWhoKeepsSavingIsShownWhileTheySave() throws Exception {
        TeamTestServer server = TeamTestServer.get();
        TeamAddress address = server.freshRegister();
        server.createLogin("watcher", "steward_reviewer");
        server.createLogin("saver", "steward_reviewer");
        AtomicInteger refreshes = new AtomicInteger();
        FxUiExecutor executor = new FxUiExecutor();
        try (RegisterServices watcher = open(address, "watcher"); RegisterServices saver = open(address, "saver");
             LiveRefresh ignored = LiveRefresh.start(watcher, executor, refreshes::incrementAndGet)) {
            // the listener connects in the background: save until a first change has reached the window
            for (int attempt = 0; refreshes.get() == 0; attempt++) {
                assertThat(attempt).as("a change reached the watching window").isLessThan(60);
                saver.register().create(integration("Warm-up " + attempt));
                Thread.sleep(1_000);
            }
            int before = refreshes.get();
            long end = System.nanoTime() + STEADY.toNanos();
            for (int i = 0; System.nanoTime() < end; i++) {
                saver.register().create(integration("Steady save " + i));
                Thread.sleep(150);
            }
            // counted the moment the saving stops, so every refresh counted came while it went on
            int duringTheSaves = refreshes.get() - before;
            assertThat(duringTheSaves).as("refreshes while the colleague kept saving").isGreaterThanOrEqualTo(2);
        } finally {
            executor.shutdown(Duration.ofSeconds(10));
        }
    }

    private static RegisterServices open(TeamAddress address, String login) {
        return RegisterServices.openTeam(address, login, null, Actor.system(() -> login), Clock.systemUTC(),
                MainWindowTestBase.CHEAP);
    }

    private static Integration integration(String name) {
        return new Integration(0, 0, name, "Summarises support tickets", "Acme AI", IntegrationKind.MCP_SERVER, null,
                Set.of(), LifecycleStatus.PROPOSED, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null);
    }
}
