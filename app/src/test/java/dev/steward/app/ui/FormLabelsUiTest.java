package dev.steward.app.ui;

import dev.steward.app.dialog.FormDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/// A form's labels keep their full text however wide the field beside them wants to be (issue 16: "Sta…").
@ExtendWith(ApplicationExtension.class)
class FormLabelsUiTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    @Test
    void aGrowingFieldNeverCutsItsLabel(FxRobot robot) {
        AtomicReference<FormDialog<String>> dialog = new AtomicReference<>();
        robot.interact(() -> {
            FormDialog<String> form = new FormDialog<>(null, "Narrow");
            ComboBox<String> wide = form.row("person.dialog.left", new ComboBox<String>());
            wide.setPrefWidth(2_000);
            wide.setMaxWidth(Double.MAX_VALUE);
            javafx.scene.layout.GridPane.setHgrow(wide, Priority.ALWAYS);
            form.getDialogPane().setPrefWidth(360);
            form.show();
            dialog.set(form);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label label = robot.from(dialog.get().getDialogPane()).lookup(".label")
                .queryAllAs(Label.class).stream().filter(l -> "_Status".equals(l.getText())).findFirst().orElseThrow();
        assertThat(label.isTextTruncated()).as("the label reads 'Status', not 'Sta…'").isFalse();
        assertThat(label.getWidth()).isGreaterThanOrEqualTo(label.prefWidth(-1) - 0.5);
        robot.interact(() -> dialog.get().close());
    }
}
