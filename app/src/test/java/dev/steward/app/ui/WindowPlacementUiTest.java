package dev.steward.app.ui;

import dev.steward.app.scene.WindowPlacement;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/// Size, position and maximised state survive a restart (issue 16: none of them was remembered).
@ExtendWith(ApplicationExtension.class)
class WindowPlacementUiTest {
    private final Preferences preferences = Preferences.userRoot().node("dev/steward/test/window-placement");

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void aWindowReopensWhereAndAsLargeAsItWasLeft(FxRobot robot) {
        AtomicReference<Stage> first = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = stage();
            new WindowPlacement(preferences, "main").restoreAndTrack(stage);
            stage.show();
            stage.setX(120);
            stage.setY(80);
            stage.setWidth(640);
            stage.setHeight(480);
            first.set(stage);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first.get().setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> first.get().close());

        AtomicReference<Stage> second = new AtomicReference<>();
        robot.interact(() -> {
            Stage stage = stage();
            new WindowPlacement(preferences, "main").restoreAndTrack(stage);
            second.set(stage);
        });
        Stage again = second.get();
        assertThat(again.isMaximized()).isTrue();
        robot.interact(() -> again.setMaximized(false));
        // un-maximised, it returns to the size and place it had before it was maximised
        assertThat(again.getX()).isEqualTo(120);
        assertThat(again.getY()).isEqualTo(80);
        assertThat(again.getWidth()).isEqualTo(640);
        assertThat(again.getHeight()).isEqualTo(480);
    }

    @Test
    void aPlaceNoScreenShowsIsIgnored(FxRobot robot) {
        preferences.putDouble("main.x", 50_000);
        preferences.putDouble("main.y", 50_000);
        preferences.putDouble("main.width", 500);
        preferences.putDouble("main.height", 400);
        AtomicReference<Stage> stage = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = stage();
            new WindowPlacement(preferences, "main").restoreAndTrack(s);
            stage.set(s);
        });
        assertThat(stage.get().getX()).isNotEqualTo(50_000);
        assertThat(stage.get().getWidth()).isEqualTo(500);
    }

    private static Stage stage() {
        Stage stage = new Stage();
        stage.setScene(new Scene(new StackPane(), 300, 200));
        return stage;
    }
}
