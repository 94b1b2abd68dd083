package dev.steward.app.ui;

import dev.steward.app.discover.FindingRow;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// The Discovered tab (issue 18): discover an export, register a finding through the pre-filled editor, dismiss
/// another with a reason, and discover again after a permission grew.
class DiscoveredUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static Path sample(String relative) {
        try {
            return Path.of(DiscoveredUiTest.class.getResource("/discovery-samples/secret-values.txt").toURI())
                    .resolveSibling(relative);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FindingRow row(TableView<FindingRow> table, String name) {
        return table.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private static void select(FxRobot robot, TableView<FindingRow> table, String name) {
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row(table, name));
        });
    }

    @Test
    void discoverRegisterDismissAndDiscoverAgainAfterAPermissionGrew(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        waitUntil(() -> "discoveredTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));

        files.filesToOpen = List.of(sample("exports/github-installations.json"));
        robot.clickOn("#discoverButton");
        TableView<FindingRow> table = robot.lookup("#discoveredTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(table.getItems()).allMatch(r -> r.statusValue() == FindingStatus.NEW);
        assertThat(row(table, "acme-review-copilot").flags()).contains("no owner", "no sponsor");
        assertThat(row(table, "acme-review-copilot").sources()).contains("GitHub App installations", "$.installations[0]");
        assertThat(robot.lookup("#registerFindingButton").queryButton().isDisabled()).isTrue();

        // Register: one step into the editor, pre-filled and savable as it is
        select(robot, table, "acme-review-copilot");
        robot.clickOn("#registerFindingButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        assertThat(robot.from(editor.getScene().getRoot()).lookup("#nameField").queryTextInputControl().getText())
                .isEqualTo("acme-review-copilot");
        robot.clickOn(in(robot, editor, "#saveButton"));
        waitUntil(() -> row(table, "acme-review-copilot").statusValue() == FindingStatus.MATCHED);
        assertThat(row(table, "acme-review-copilot").registeredAs()).isEqualTo("acme-review-copilot");
        robot.interact(editor::close);

        // Dismiss: asks why, then hides it
        select(robot, table, "dependency-agent");
        robot.clickOn("#dismissFindingButton");
        robot.clickOn("#reasonField").write("Not AI: a dependency bot, suspended");
        robot.clickOn("#reasonOkButton");
        waitUntil(() -> table.getItems().size() == 1);
        robot.clickOn("#showDismissedBox");
        waitUntil(() -> table.getItems().size() == 2);
        assertThat(row(table, "dependency-agent").statusValue()).isEqualTo(FindingStatus.DISMISSED);
        robot.clickOn("#showDismissedBox");

        // the same export after contents went from read to write: the registered finding changed
        files.filesToOpen = List.of(sample("exports-grown/github-installations.json"));
        robot.clickOn("#discoverButton");
        waitUntil(() -> row(table, "acme-review-copilot") != null
                && row(table, "acme-review-copilot").statusValue() == FindingStatus.CHANGED);
        assertThat(row(table, "acme-review-copilot").changes())
                .isEqualTo("Broader access: GitHub contents READ → WRITE (material)");
        // from another file than it was dismissed from, the dependency agent shows again
        assertThat(row(table, "dependency-agent").statusValue()).isEqualTo(FindingStatus.NEW);
        Label summary = robot.lookup("#discoveredSummary").queryAs(Label.class);
        assertThat(summary.getText()).contains("1 changed");
        Integration registered = window.services().register().integrations().stream()
                .filter(i -> i.name().equals("acme-review-copilot")).findFirst().orElseThrow();
        assertThat(registered.dataAccess()).contains(new DataAccess("GitHub contents", AccessLevel.WRITE));
    }
}
