package dev.steward.app.ui;

import dev.steward.app.MainWindow;
import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.session.SignInSettings;
import dev.steward.app.team.TeamLogin;
import dev.steward.model.access.Role;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.TeamAddress;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// The main window on a team register of a real PostgreSQL: it opens as the person's own login, and shows what
/// a colleague commits from another client without being reloaded. The waits are hang bounds, not timings.
class TeamWindowUiTest extends MainWindowTestBase {
    private TeamAddress address;

    @Start
    void start(Stage stage) {
        TeamTestServer server = TeamTestServer.get();
        address = server.freshRegister();
        server.createLogin("mark", "steward_admin", "steward_manager", "steward_reviewer");
        server.createLogin("rita", "steward_reviewer");
        try (RegisterServices owner = as(TeamTestServer.OWNER)) {
            owner.users().addTeamAccount("mark", "Mark Manager", "Head of IT", Set.of(Role.ADMIN, Role.MANAGER,
                    Role.REVIEWER), TeamTestServer.OWNER);
            owner.users().addTeamAccount("rita", "Rita Reviewer", "Analyst", Set.of(Role.REVIEWER),
                    TeamTestServer.OWNER);
        }
        this.stage = stage;
        // the test server trusts every login, so the person signs in without a password
        SignInSettings mark = new SignInSettings(CHEAP, null,
                (at, problem) -> problem == null ? Optional.of(new TeamLogin("mark", new char[0])) : Optional.empty());
        window = MainWindow.open(stage, Path.of(address.toString()), new FxUiExecutor(), mark, files::wrap);
        stage.setWidth(980);
        stage.setHeight(700);
    }

    @Test
    void theWindowSignsInAsTheLoginAndShowsAColleaguesCommitWithoutReloading(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(window.session().current().username()).isEqualTo("mark");
        assertThat(table(robot).getItems()).isEmpty();

        try (RegisterServices rita = as("rita")) {
            rita.register().create(integration("Invoice reader"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> names(robot).contains("Invoice reader"));
            rita.register().create(integration("Contract checker"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> names(robot).contains("Contract checker"));
        }
        assertThat(window.viewModel().totalCount()).isEqualTo(2);
    }

    private static List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().filter(java.util.Objects::nonNull)
                .map(row -> row.integration().name()).toList();
    }

    private RegisterServices as(String login) {
        return RegisterServices.openTeam(address, login, null, Actor.system(() -> login), Clock.systemUTC(), CHEAP);
    }

    private static Integration integration(String name) {
        return new Integration(0, 0, name, "Summarises support tickets", "Acme AI", IntegrationKind.MCP_SERVER, null,
                Set.of(), LifecycleStatus.PROPOSED, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null);
    }
}
