package dev.steward.app.ui;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/// Keyboard use of the main window and the editor at any window size (issue 16: at the minimum size the
/// search box fell into the tool bar's overflow and Ctrl+F could not reach it; Ctrl+S did not save; Tab in a
/// multi-line field typed a tab).
class KeyboardAndWindowUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void atTheMinimumSizeCtrlFStillReachesTheSearchBox(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.interact(() -> {
            stage.setWidth(stage.getMinWidth());
            stage.setHeight(stage.getMinHeight());
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertThat(search.getScene()).as("the search box is in the window, not in an overflow menu").isSameAs(stage.getScene());
        assertThat(search.isVisible()).isTrue();
        var bounds = search.localToScene(search.getBoundsInLocal());
        assertThat(bounds.getMaxX()).as("fully inside the window").isLessThanOrEqualTo(stage.getScene().getWidth() + 0.5);
        assertThat(bounds.getWidth()).isGreaterThan(100);

        robot.interact(() -> robot.lookup("#registerTable").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(search);
    }

    @Test
    void tabLeavesAMultiLineFieldAndCtrlSSaves(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.clickOn("#newButton");
        Stage editor = waitForWindow(robot, "New AI integration");
        robot.clickOn(in(robot, editor, "#nameField")).write("Changelog bot");
        robot.clickOn(in(robot, editor, "#purposeField")).write("Writes the changelog");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea purpose = robot.from(editor.getScene().getRoot()).lookup("#purposeField").queryAs(TextArea.class);
        assertThat(purpose.getText()).isEqualTo("Writes the changelog");
        assertThat(editor.getScene().getFocusOwner()).as("Tab moved on to the vendor field")
                .isSameAs(in(robot, editor, "#vendorField"));
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getScene().getFocusOwner()).as("Shift+Tab moved back").isSameAs(purpose);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> "Integration: Changelog bot".equals(editor.getTitle()));
        waitUntil(() -> window.viewModel().totalCount() == 1);
        robot.interact(editor::close);
    }
}
