package dev.steward.app.ui;

import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.transfer.TransferViewModelAccess;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TransferUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void exportingFromTheMenuShowsProgressAndWritesWhatTheTableShows(FxRobot robot) throws Exception {
        loadSampleData(robot);
        robot.clickOn("#searchField").write("agent");
        waitUntil(() -> table(robot).getItems().size() < window.viewModel().totalCount());
        int shown = table(robot).getItems().size();

        ProgressBar bar = robot.lookup("#transferProgress").queryAs(ProgressBar.class);
        List<Boolean> barShown = new ArrayList<>();
        bar.parentProperty().get().visibleProperty().addListener((obs, was, now) -> barShown.add(now));
        Path out = dir.resolve("export.csv");
        files.fileToSave = Optional.of(new SaveTarget(out, TransferViewModelAccess.excel()));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> Files.exists(out) && !window.viewModel().progress().runningProperty().get());

        assertThat(barShown).containsExactly(true, false);
        String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        assertThat(text.strip().split("\r\n")).hasSize(shown + 1);
        assertThat(window.viewModel().statusProperty().get()).contains("Exported " + shown);
    }
}
