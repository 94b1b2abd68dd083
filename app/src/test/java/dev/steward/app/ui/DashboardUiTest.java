package dev.steward.app.ui;

import dev.steward.app.dashboard.GapRow;
import dev.steward.model.dashboard.GapKind;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void anEmptyRegisterGreetsWithTheThreeWaysToStart(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        Node greeting = robot.lookup("#registerSampleButton").query().getParent();
        assertThat(greeting.isVisible()).isTrue();
        assertThat(robot.lookup("#registerNewButton").query().isVisible()).isTrue();

        robot.clickOn("#registerSampleButton");
        waitUntil(() -> table(robot).getItems().size() >= 20);
        // the table fills before the rest of that change reaches the view model: read it on the FX thread
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // the greeting (the buttons' parent) is what shows and hides
        assertThat(robot.lookup("#registerSampleButton").query().getParent().isVisible()).isFalse();
        assertThat(window.viewModel().emptyProperty().get()).isFalse();
    }

    @Test
    void aGapOpensItsIntegrationFromTheKeyboard(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        waitUntil(() -> "dashboardTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));

        TableView<GapRow> gaps = robot.lookup("#gapsTable").queryTableView();
        waitUntil(() -> !gaps.getItems().isEmpty());
        int all = gaps.getItems().size();

        // narrow to one kind that the sample data is known to have, then drill down
        ComboBox<GapKind> filter = robot.lookup("#gapKindFilter").queryComboBox();
        GapKind kind = gaps.getItems().getFirst().gap().kind();
        robot.interact(() -> filter.setValue(kind));
        assertThat(gaps.getItems()).isNotEmpty().allMatch(r -> r.gap().kind() == kind);
        assertThat(gaps.getItems().size()).isLessThanOrEqualTo(all);

        GapRow target = gaps.getItems().getFirst();
        robot.interact(() -> {
            gaps.requestFocus();
            gaps.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        Stage editor = waitForWindow(robot, "Integration: " + target.integration());
        assertThat(editor.isShowing()).isTrue();
        assertThat(window.viewModel().selectedProperty().get().id()).isEqualTo(target.integrationId());
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("registerTab");
        robot.interact(editor::close);
    }

    private int statusTotalOnFxThread() {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.dashboard().byStatus().stream()
                    .mapToInt(e -> e.count()).sum()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void chartsCountTheWholeRegister(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        int total = window.viewModel().totalCount();
        // summed on the FX thread: the list is live and changes there
        waitUntil(() -> statusTotalOnFxThread() == total);
        assertThat(window.dashboard().byStatus().stream().mapToInt(e -> e.count()).sum()).isEqualTo(total);
        assertThat(robot.lookup("#verdictChart").tryQuery()).isPresent();
    }
}
