package dev.steward.app.ui;

import dev.steward.app.scene.Appearance;
import dev.steward.app.scene.Theme;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AppearanceUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @AfterEach
    void backToLight(FxRobot robot) {
        robot.interact(() -> Appearance.shared().themeProperty().set(Theme.LIGHT));
    }

    @Test
    void theThemeMenuRestylesOpenWindowsAndNewOnes(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.interact(() -> themeItem(robot, Theme.DARK).fire());
        assertThat(stage.getScene().getStylesheets()).contains(Appearance.DARK_STYLESHEET);
        assertThat(stage.getIcons()).isNotEmpty();

        robot.clickOn("#peopleButton");
        Stage people = waitForWindow(robot, "People");
        assertThat(people.getScene().getStylesheets()).contains(Appearance.DARK_STYLESHEET);
        assertThat(people.getIcons()).isNotEmpty();

        robot.interact(() -> themeItem(robot, Theme.LIGHT).fire());
        assertThat(stage.getScene().getStylesheets()).doesNotContain(Appearance.DARK_STYLESHEET);
        assertThat(people.getScene().getStylesheets()).doesNotContain(Appearance.DARK_STYLESHEET);
        assertThat(((RadioMenuItem) themeItem(robot, Theme.LIGHT)).isSelected()).isTrue();
        robot.interact(people::close);
    }

    private static MenuItem themeItem(FxRobot robot, Theme theme) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> items(m)).filter(i -> ("theme" + theme.name()).equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static Stream<MenuItem> items(MenuItem item) {
        return item instanceof Menu menu
                ? Stream.concat(Stream.of(item), menu.getItems().stream().flatMap(AppearanceUiTest::items))
                : Stream.of(item);
    }
}
