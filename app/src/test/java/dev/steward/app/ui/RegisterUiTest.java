package dev.steward.app.ui;

import dev.steward.app.MainWindow;
import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.register.IntegrationRow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/// End-to-end flows through the real main window on JavaFX's headless platform, against a real H2 file.
class RegisterUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void sampleDataCreateEditAndFindAgainAfterRestart(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#sampleDataButton");
        Label status = robot.lookup("#statusLabel").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("Sample data loaded"));
        assertThat(table(robot).getItems()).hasSizeGreaterThanOrEqualTo(20);

        // create
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField")).write("Indemnity clause checker");
        robot.clickOn(in(robot, editor, "#purposeField")).write("Flags risky clauses in supplier contracts");
        robot.clickOn(in(robot, editor, "#saveButton"));
        waitUntil(() -> rowsNamed(robot, "Indemnity clause checker") == 1);
        robot.interact(editor::close);

        // find it with the quick search and edit it from the keyboard
        robot.clickOn("#searchField").write("indemnity clause");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        Stage edit = waitForWindow(robot, "Integration: Indemnity clause checker");
        TextArea purpose = robot.from(edit.getScene().getRoot()).lookup("#purposeField").queryAs(TextArea.class);
        robot.interact(() -> purpose.setText("Flags risky clauses and missing indemnities"));
        robot.clickOn(in(robot, edit, "#saveButton"));
        waitUntil(() -> table(robot).getItems().getFirst().integration().version() == 2);
        robot.interact(edit::close);

        // restart on the same file
        int total = window.viewModel().totalCount();
        robot.interact(() -> {
            window.close();
            window = MainWindow.open(stage, dir.resolve("register"), new FxUiExecutor(), signedIn());
        });
        waitUntil(() -> window.viewModel().loadedProperty().get());
        assertThat(window.viewModel().totalCount()).isEqualTo(total);
        IntegrationRow again = window.viewModel().visibleRows().stream()
                .filter(r -> r.name().equals("Indemnity clause checker")).findFirst().orElseThrow();
        assertThat(again.integration().purpose()).isEqualTo("Flags risky clauses and missing indemnities");
    }

    @Test
    void aSecretInAFieldDisablesSaveAndSaysWhy(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField")).write("Slack notifier");
        TextArea purpose = robot.from(editor.getScene().getRoot()).lookup("#purposeField").queryAs(TextArea.class);
        robot.interact(() -> purpose.setText("Posts with xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"));
        Button save = robot.from(editor.getScene().getRoot()).lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isTrue();
        ListView<?> problems = robot.from(editor.getScene().getRoot()).lookup("#problemsList").queryListView();
        assertThat(problems.isVisible()).isTrue();
        assertThat(problems.getItems()).anySatisfy(p -> assertThat(p.toString()).contains("purpose").containsIgnoringCase("Slack"));
        // the list names the field by its label, and wraps a long message instead of scrolling sideways
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.ListCell> cells = robot.from(problems).lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream().filter(c -> c.getText() != null).toList();
        assertThat(cells).anySatisfy(c -> {
            assertThat(c.getText()).startsWith("Purpose: Looks like");
            assertThat(c.isWrapText()).isTrue();
            assertThat(c.getWidth()).isLessThanOrEqualTo(problems.getWidth());
        });

        robot.interact(() -> purpose.setText("Posts build results to the release channel"));
        assertThat(save.isDisabled()).isFalse();
        assertThat(problems.isVisible()).isFalse();
    }

    @Test
    void retiringFromTheToolbarAsksAndMarksTheRow(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.clickOn("#searchField").write("Jira");
        waitUntil(() -> !table(robot).getItems().isEmpty());
        IntegrationRow target = table(robot).getItems().stream().filter(r -> !r.integration().isRetired()).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(target));
        robot.clickOn("#retireButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.id() == target.id() && r.integration().isRetired()));
        assertThat(robot.lookup("#retireButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void twoEditorWindowsOnOneRecordNeverSilentlyOverwrite(FxRobot robot) throws Exception {
        loadSampleData(robot);
        IntegrationRow target = table(robot).getItems().stream().filter(r -> !r.integration().isRetired()).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(target));
        robot.clickOn("#editButton");
        robot.clickOn("#editButton");
        String title = "Integration: " + target.name();
        waitUntil(() -> robot.listWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())).count() == 2);
        List<Stage> editors = robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle())).map(Stage.class::cast).toList();

        setPurpose(robot, editors.get(0), "Changed in the first window");
        setPurpose(robot, editors.get(1), "Changed in the second window");
        robot.interact(() -> button(robot, editors.get(0), "#saveButton").fire());
        waitUntil(() -> window.viewModel().visibleRows().stream().anyMatch(r -> r.id() == target.id() && r.integration().version() > target.integration().version()));
        robot.interact(() -> button(robot, editors.get(1), "#saveButton").fire());

        Label banner = robot.from(editors.get(1).getScene().getRoot()).lookup("#conflictBanner").queryAs(Label.class);
        waitUntil(() -> !banner.getText().isEmpty());
        assertThat(banner.getText()).contains("ui-tester").containsIgnoringCase("reload");
        assertThat(banner.getParent().isVisible()).isTrue();
        TextArea second = robot.from(editors.get(1).getScene().getRoot()).lookup("#purposeField").queryAs(TextArea.class);
        assertThat(second.getText()).isEqualTo("Changed in the second window");
        assertThat(window.viewModel().visibleRows().stream().filter(r -> r.id() == target.id()).findFirst().orElseThrow()
                .integration().purpose()).isEqualTo("Changed in the first window");
    }

    @Test
    void markingASponsorAsLeftFlagsTheirIntegrations(FxRobot robot) throws Exception {
        loadSampleData(robot);
        IntegrationRow sponsored = table(robot).getItems().stream()
                .filter(r -> r.integration().sponsorId() != null && !r.ownerOrSponsorLeft()).findFirst().orElseThrow();
        long sponsorId = sponsored.integration().sponsorId();

        robot.clickOn("#peopleButton");
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "People".equals(s.getTitle())));
        TableView<dev.steward.model.register.Person> people = robot.lookup("#peopleTable").queryTableView();
        dev.steward.model.register.Person sponsor = people.getItems().stream().filter(p -> p.id() == sponsorId).findFirst().orElseThrow();
        robot.interact(() -> people.getSelectionModel().select(sponsor));
        robot.clickOn("#editPersonButton");
        robot.clickOn("#personLeftCheck");
        robot.clickOn("#okButton");

        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.id() == sponsored.id() && r.ownerOrSponsorLeft()));
        assertThat(people.getItems().stream().filter(p -> p.id() == sponsorId).findFirst().orElseThrow().hasLeft()).isTrue();
    }

    @Test
    void theHistoryTabShowsWhoChangedWhat(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField")).write("Release notes drafter");
        robot.clickOn(in(robot, editor, "#purposeField")).write("Drafts release notes");
        robot.clickOn(in(robot, editor, "#saveButton"));
        waitUntil(() -> "Integration: Release notes drafter".equals(editor.getTitle()));
        setPurpose(robot, editor, "Drafts release notes from merged pull requests");
        robot.clickOn(in(robot, editor, "#saveButton"));
        TableView<?> history = robot.from(editor.getScene().getRoot()).lookup("#historyTable").queryTableView();
        waitUntil(() -> history.getItems().stream().anyMatch(e -> e.toString().contains("UPDATE")));
        assertThat(history.getItems()).anySatisfy(e -> assertThat(e.toString())
                .contains("ui-tester").contains("purpose").contains("Drafts release notes from merged pull requests"));
        // what the table shows: the field's label, the action and the kind in words, not the log's codes
        List<String> shown = new java.util.ArrayList<>();
        for (int row = 0; row < history.getItems().size(); row++) {
            StringBuilder line = new StringBuilder();
            for (var column : history.getColumns()) {
                line.append(column.getCellData(row)).append(" | ");
            }
            shown.add(line.toString());
        }
        assertThat(shown).anySatisfy(line -> assertThat(line).contains("| Changed | Purpose | Drafts release notes |"));
        assertThat(shown).anySatisfy(line -> assertThat(line).contains("| Created | Kind |  | Assistant / copilot |"));
        assertThat(String.join("\n", shown)).doesNotContain("UPDATE", "ASSISTANT_COPILOT", "| purpose |");
    }

    private static void setPurpose(FxRobot robot, Stage editor, String text) {
        TextArea purpose = robot.from(editor.getScene().getRoot()).lookup("#purposeField").queryAs(TextArea.class);
        robot.interact(() -> purpose.setText(text));
    }

    private static Button button(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryButton();
    }

    private static long rowsNamed(FxRobot robot, String name) {
        return table(robot).getItems().stream().filter(r -> r.name().equals(name)).count();
    }
}
