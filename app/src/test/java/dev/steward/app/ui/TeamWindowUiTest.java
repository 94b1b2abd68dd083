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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// The main window on a team register of a real PostgreSQL: it opens as the person's own login, and shows what
/// a colleague commits from another client without being reloaded. The waits are hang bounds, not timings.
class TeamWindowUiTest extends MainWindowTestBase {
    private TeamAddress address;
    /// Who the next sign-in is (the test server trusts every login, so no password is needed).
    private volatile String nextLogin = "mark";

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
        SignInSettings mark = new SignInSettings(CHEAP, null,
                (at, problem) -> problem == null ? Optional.of(new TeamLogin(nextLogin, new char[0])) : Optional.empty());
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

            // an edit over a copy someone else has since saved is refused, naming who changed it (the editor's
            // conflict banner shows this text)
            Integration shown = table(robot).getItems().stream().filter(java.util.Objects::nonNull)
                    .map(row -> row.integration()).filter(i -> i.name().equals("Invoice reader")).findFirst().orElseThrow();
            rita.register().update(withPurpose(rita.register().integration(shown.id()).orElseThrow(), "Reads invoices"));
            assertThatThrownBy(() -> window.services().register().update(withPurpose(shown, "Reads all invoices")))
                    .isInstanceOf(dev.steward.storage.StaleRecordException.class)
                    .hasMessageContaining("'Invoice reader' was changed by rita at ");
        }
        assertThat(window.viewModel().totalCount()).isEqualTo(2);
    }

    private static Integration withPurpose(Integration i, String purpose) {
        return new Integration(i.id(), i.version(), i.name(), purpose, i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), i.sponsorId(), i.technicalOwnerId(), i.backupOwnerIds(),
                i.dataAccess(), i.tools(), i.agentLinks(), i.credentials(), i.revocation(), i.nextReview(),
                i.updatedAt(), i.updatedBy());
    }

    /// The password of a team register is the PostgreSQL login's: "Change my password" says so and where to
    /// change it, instead of asking for a Steward password that does not exist (it used to refuse every try).
    @Test
    void changeMyPasswordExplainsThatTheDatabaseLoginHoldsThePassword(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get() && window.session().current() != null);
        String title = dev.steward.app.i18n.Messages.get("account.changePassword.title");
        javafx.scene.control.MenuItem change = window.view().root().lookupAll(".menu-bar").stream()
                .map(javafx.scene.control.MenuBar.class::cast).flatMap(bar -> bar.getMenus().stream())
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> dev.steward.app.i18n.Messages.get("menu.file.changePassword").equals(item.getText()))
                .findFirst().orElseThrow();
        javafx.application.Platform.runLater(change::fire);
        Stage info = waitForWindow(robot, title);
        assertThat(robot.from(info.getScene().getRoot()).lookup("#dialogMessage").queryLabeled().getText())
                .contains("PostgreSQL login").contains("\\password");
        assertThat(robot.from(info.getScene().getRoot()).lookup("#currentPasswordField").tryQuery()).isEmpty();
        robot.interact(info::close);
    }

    @Test
    void theConnectDialogEnablesConnectOnlyForAValidConnectionAndOpensItInAWindowOfItsOwn(FxRobot robot)
            throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        javafx.scene.control.MenuItem connect = window.view().root().lookupAll(".menu-bar").stream()
                .map(javafx.scene.control.MenuBar.class::cast).flatMap(bar -> bar.getMenus().stream())
                .flatMap(menu -> menu.getItems().stream()).filter(item -> "connectTeamMenuItem".equals(item.getId()))
                .findFirst().orElseThrow();
        javafx.application.Platform.runLater(connect::fire);
        Stage dialog = waitForWindow(robot, "Connect to team database");
        javafx.scene.Node button = in(robot, dialog, "#teamConnectButton");

        robot.interact(() -> ((javafx.scene.control.TextField) in(robot, dialog, "#teamHostField")).setText(""));
        assertThat(button.isDisabled()).isTrue();
        assertThat(((javafx.scene.control.Label) in(robot, dialog, "#teamConnectProblem")).getText()).contains("server");
        robot.clickOn(in(robot, dialog, "#teamHostField")).write("localhost");
        robot.interact(() -> ((javafx.scene.control.TextField) in(robot, dialog, "#teamPortField")).setText("port"));
        assertThat(button.isDisabled()).isTrue();
        robot.interact(() -> {
            ((javafx.scene.control.TextField) in(robot, dialog, "#teamPortField")).setText(Integer.toString(address.port()));
            ((javafx.scene.control.TextField) in(robot, dialog, "#teamDatabaseField")).setText(address.database());
            ((javafx.scene.control.TextField) in(robot, dialog, "#teamUserField")).setText("rita");
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<String> tls = (javafx.scene.control.ComboBox<String>) in(robot, dialog, "#teamTlsField");
            tls.setValue("disable");
        });
        assertThat(button.isDisabled()).isFalse();

        nextLogin = "rita";
        robot.clickOn(button);
        String title = dev.steward.app.i18n.Messages.get("app.title");
        waitUntil(() -> robot.listWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s != stage && title.equals(s.getTitle())));
        Stage rita = (Stage) robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && s != stage && title.equals(s.getTitle())).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.from(rita.getScene().getRoot())
                .lookup("#registerTable").tryQuery().isPresent());
        assertThat(new dev.steward.app.team.RememberedConnection(dev.steward.app.scene.UserPreferences.node()).last())
                .contains(new dev.steward.app.team.TeamConnection(address, "rita"));
        robot.interact(rita::close);
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
