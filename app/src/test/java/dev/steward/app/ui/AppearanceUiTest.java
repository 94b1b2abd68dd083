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

    @Test
    void theSearchPlaceholderStaysReadableInTheDarkTheme(FxRobot robot) throws Exception {
        waitUntil(() -> window.viewModel().loadedProperty().get());
        robot.interact(() -> themeItem(robot, Theme.DARK).fire());
        javafx.scene.control.TextField search = robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            search.clear();
            stage.getScene().getRoot().requestFocus();
            search.applyCss();
            search.layout();
        });
        javafx.scene.paint.Color prompt = (javafx.scene.paint.Color) robot.from(search).lookup(".text")
                .queryAllAs(javafx.scene.text.Text.class).stream()
                .filter(t -> search.getPromptText().equals(t.getText())).findFirst().orElseThrow().getFill();
        // the field's own background in the dark theme (-fx-control-inner-background)
        javafx.scene.paint.Color field = javafx.scene.paint.Color.web("#26282b");
        assertThat(contrast(prompt, field)).as("WCAG contrast of the placeholder").isGreaterThanOrEqualTo(4.5);
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
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
