package dev.steward.app.ui;

import dev.steward.model.attestation.QueueCategory;
import dev.steward.app.queue.QueueRow;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ReviewQueueUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theSampleAttestationsFillEveryCategoryOfTheQueueAndOpenTheirRecord(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        waitUntil(() -> "queueTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        TableView<QueueRow> table = robot.lookup("#queueTable").queryTableView();
        waitUntil(() -> table.getItems().size() == QueueCategory.values().length);

        assertThat(table.getItems()).extracting(QueueRow::integration, QueueRow::category).containsExactly(
                tuple("Confluence search MCP server", QueueCategory.AWAITING_SIGNATURE),
                tuple("Release verifier agent", QueueCategory.RETURNED),
                tuple("Jira MCP server", QueueCategory.STALE),
                tuple("Release executor agent", QueueCategory.EXPIRED),
                tuple("GitHub PR review copilot", QueueCategory.DUE_SOON));
        assertThat(table.getItems().get(1).detail()).startsWith("Sample: attach the latest revocation drill record");

        ComboBox<QueueCategory> filter = robot.lookup("#queueCategoryFilter").queryComboBox();
        robot.interact(() -> filter.setValue(QueueCategory.RETURNED));
        // a category resizes the list from the counts, and its rows are read as the table shows them
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().getFirst() != null);
        assertThat(table.getItems()).extracting(QueueRow::integration).containsExactly("Release verifier agent");

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        // a queue row opens its attestation window (issue 16), not the read-only editor
        Stage attestation = waitForWindow(robot, "Controls & attestation \u2014 Release verifier agent");
        // revealing the row in the register is a read of its own, which may end after the window opened
        waitUntil(() -> window.viewModel().selectedProperty().get() != null);
        assertThat(window.viewModel().selectedProperty().get().name()).isEqualTo("Release verifier agent");
        robot.interact(attestation::close);

        // waiting for a manager: the row opens the sign-off tab
        robot.interact(() -> filter.setValue(QueueCategory.AWAITING_SIGNATURE));
        waitUntil(() -> table.getItems().size() == 1 && table.getItems().getFirst() != null
                && table.getItems().getFirst().category() == QueueCategory.AWAITING_SIGNATURE);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        Stage signOff = waitForWindow(robot, "Controls & attestation \u2014 Confluence search MCP server");
        javafx.scene.control.TabPane attestTabs = robot.from(signOff.getScene().getRoot()).lookup("#attestTabs")
                .queryAs(javafx.scene.control.TabPane.class);
        waitUntil(() -> "attestationTab".equals(attestTabs.getSelectionModel().getSelectedItem().getId()));
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().startsWith("Integration: "));
        robot.interact(signOff::close);
    }
}
