package dev.steward.storage.team;

import dev.steward.model.register.IntegrationKind;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.testing.TeamDatabaseExtension;
import dev.steward.testing.TestRegisters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// One person's window hears of another's commit through LISTEN/NOTIFY, and is told to refresh everything after
/// its live-update connection dropped and came back. The waits are hang bounds, not timings.
class LiveUpdatesTest {
    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    @Test
    void aChangeCommittedByOneClientReachesAnotherAndADropEndsInAFullRefresh() throws Exception {
        TEAM.server().createLogin("rhea", "steward_reviewer");
        TEAM.server().createLogin("milo", "steward_manager");
        BlockingQueue<String> heard = new LinkedBlockingQueue<>();
        try (RegisterServices watcher = open("milo");
             AutoCloseable watch = watcher.watchChanges(by -> heard.add("changed by " + by), () -> heard.add("refresh"));
             RegisterServices writer = open("rhea")) {
            writer.register().create(TestRegisters.minimal("Invoice reader", IntegrationKind.MCP_SERVER));
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("changed by rhea");
            assertThat(watcher.register().integrations()).extracting(i -> i.name()).contains("Invoice reader");

            TEAM.server().dropLiveUpdateConnections(TEAM.address());
            assertThat(heard.poll(60, TimeUnit.SECONDS)).isEqualTo("refresh");
            writer.register().create(TestRegisters.minimal("Contract checker", IntegrationKind.MCP_SERVER));
            assertThat(heard.poll(30, TimeUnit.SECONDS)).isEqualTo("changed by rhea");
        }
    }

    private static RegisterServices open(String login) {
        return RegisterServices.openTeam(TEAM.address(), login, null, Actor.system(() -> login), Clock.systemUTC(),
                RegisterServices.Security.production());
    }
}
