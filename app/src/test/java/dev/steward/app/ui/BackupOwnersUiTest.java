package dev.steward.app.ui;

import dev.steward.model.register.Person;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/// Backup owners have one Add and one Edit, and both ask whom (issue 16: there were two Add buttons, one of
/// them added the last picked person silently, and Edit did nothing).
class BackupOwnersUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void addAndEditBothAskWhomAndNobodyIsListedTwice(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn("Ownership");
        assertThat(robot.from(editor.getScene().getRoot()).lookup("#backupAddButton").tryQuery())
                .as("the second Add button, which added the last picked person silently, is gone").isEmpty();
        assertThat(robot.from(editor.getScene().getRoot()).lookup("#backupCandidateBox").tryQuery()).isEmpty();
        ListView<Person> list = robot.from(editor.getScene().getRoot()).lookup("#backupsList").queryListView();

        robot.clickOn(robot.from(editor.getScene().getRoot()).lookup("#backupsAdd").queryButton());
        Stage add = waitForWindow(robot, "Add a backup owner");
        ComboBox<Person> box = robot.from(add.getScene().getRoot()).lookup("#backupOwnerBox").queryComboBox();
        Button ok = robot.from(add.getScene().getRoot()).lookup("#okButton").queryButton();
        assertThat(ok.isDisabled()).as("OK waits for a choice").isTrue();
        Person first = box.getItems().get(0);
        robot.interact(() -> box.setValue(first));
        robot.clickOn(ok);
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems()).containsExactly(first);

        robot.clickOn(robot.from(editor.getScene().getRoot()).lookup("#backupsAdd").queryButton());
        Stage again = waitForWindow(robot, "Add a backup owner");
        ComboBox<Person> second = robot.from(again.getScene().getRoot()).lookup("#backupOwnerBox").queryComboBox();
        assertThat(second.getItems()).as("someone listed is not offered again").doesNotContain(first).isNotEmpty();
        robot.clickOn(robot.from(again.getScene().getRoot()).lookup(".button").match(
                n -> n instanceof Button b && b.isCancelButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).containsExactly(first);

        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn(robot.from(editor.getScene().getRoot()).lookup("#backupsEdit").queryButton());
        Stage edit = waitForWindow(robot, "Change the backup owner");
        ComboBox<Person> editing = robot.from(edit.getScene().getRoot()).lookup("#backupOwnerBox").queryComboBox();
        assertThat(editing.getValue()).isEqualTo(first);
        Person replacement = editing.getItems().stream().filter(p -> !p.equals(first)).findFirst().orElseThrow();
        robot.interact(() -> editing.setValue(replacement));
        robot.clickOn(robot.from(edit.getScene().getRoot()).lookup("#okButton").queryButton());
        waitUntil(() -> list.getItems().contains(replacement));
        assertThat(list.getItems()).containsExactly(replacement);
    }
}
