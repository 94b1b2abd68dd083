package dev.steward.app.ui;

import dev.steward.app.i18n.Messages;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.text.Bidi;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/// A right-to-left name inside left-to-right text keeps the text around it in order (issue 16): the name is
/// set between left-to-right marks, so the date after "ليلى حداد, " stays after it instead of joining the name's
/// run, and the marks take no room on screen with the fonts found here (first-strong isolates drew a box each
/// with DejaVu, which has no glyph for them).
@ExtendWith(ApplicationExtension.class)
class RightToLeftNamesUiTest {
    private static final String NAME = "ليلى حداد";

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void anIsolatedNameLeavesTheDateAfterItLeftToRight() {
        String date = ", 2026-05-01 10:00";
        String plain = NAME + date;
        String isolated = Messages.isolate(NAME) + date;
        // level 2: Arabic-context numbers, placed inside the name's right-to-left run
        assertThat(levelOf(plain, plain.indexOf("2026"))).as("without isolation the digits join the name's run")
                .isPositive();
        assertThat(levelOf(isolated, isolated.indexOf("2026"))).isZero();
    }

    @Test
    void messagesIsolateRightToLeftArgumentsOnly() {
        assertThat(Messages.format("status.retired", NAME)).isEqualTo("Retired \"\u200E" + NAME + "\u200E\".");
        assertThat(Messages.format("status.retired", "Zoë's agent")).isEqualTo("Retired \"Zoë's agent\".");
    }

    @Test
    void theIsolatesTakeNoRoomOnScreen(FxRobot robot) {
        AtomicReference<double[]> widths = new AtomicReference<>();
        robot.interact(() -> widths.set(new double[]{
                new Text("Signed by " + NAME + ", 2026").getLayoutBounds().getWidth(),
                new Text("Signed by " + Messages.isolate(NAME) + ", 2026").getLayoutBounds().getWidth()}));
        assertThat(widths.get()[1]).isCloseTo(widths.get()[0], org.assertj.core.data.Offset.offset(0.5));
    }

    private static int levelOf(String text, int index) {
        return new Bidi(text, Bidi.DIRECTION_LEFT_TO_RIGHT).getLevelAt(index);
    }
}
