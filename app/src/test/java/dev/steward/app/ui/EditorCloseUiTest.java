package dev.steward.app.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/// Ctrl+W closes an editor as its title bar's close button does: with unsaved changes it asks first.
class EditorCloseUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void ctrlWAsksBeforeDroppingUnsavedChanges(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get() && !window.viewModel().busyProperty().get());
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField")).write("Unsaved agent");

        closeWithCtrlW(robot);
        assertThat(waitForMessage(robot)).contains("unsaved changes");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isShowing()).as("kept after Cancel").isTrue();

        robot.clickOn(in(robot, editor, "#nameField"));
        closeWithCtrlW(robot);
        assertThat(waitForMessage(robot)).contains("unsaved changes");
        robot.clickOn("OK");
        waitUntil(() -> !editor.isShowing());
    }

    @Test
    void ctrlWClosesAnUnchangedEditorAtOnce(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get() && !window.viewModel().busyProperty().get());
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField"));
        closeWithCtrlW(robot);
        waitUntil(() -> !editor.isShowing());
        assertThat(robot.lookup("#dialogMessage").tryQuery()).isEmpty();
    }

    private static void closeWithCtrlW(FxRobot robot) {
        robot.press(KeyCode.CONTROL).press(KeyCode.W).release(KeyCode.W).release(KeyCode.CONTROL);
    }

    private static String waitForMessage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#dialogMessage").tryQuery().isPresent());
        return robot.lookup("#dialogMessage").queryAs(Label.class).getText();
    }
}
