package dev.steward.app.ui;

import dev.steward.app.dialog.ErrorText;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.TeamAddress;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/// What the window says when a team register does not open, read from real failures of a real server: the
/// person is told what to do, not shown a driver's stack.
class TeamOpenErrorsTest {

    @Test
    void aDatabaseWithoutARegisterNamesTeamInit() {
        TeamAddress empty = TeamTestServer.get().emptyDatabase();
        assertThat(ErrorText.of(opening(empty, TeamTestServer.OWNER)))
                .contains("steward team init --db " + empty);
    }

    @Test
    void anUnreachableServerIsSaidToBeUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TeamAddress nowhere = new TeamAddress("localhost", closedPort, "steward", "disable");
        assertThat(ErrorText.of(opening(nowhere, "rita"))).startsWith("Cannot reach the team database " + nowhere);
    }

    private static Throwable opening(TeamAddress address, String login) {
        return catchThrowable(() -> RegisterServices.openTeam(address, login, null, Actor.system(() -> login),
                Clock.systemUTC(), RegisterServices.Security.production()).close());
    }
}
