package dev.steward.app.register;

import dev.steward.app.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/// What an empty register shows: the three ways to start, each one click away.
public final class FirstRunGreeting {
    private FirstRunGreeting() {
    }

    /// @param importSpreadsheet {@code null} hides that choice
    public static VBox create(String idPrefix, Runnable newIntegration, Runnable importSpreadsheet, Runnable loadSample) {
        Label title = new Label(Messages.get("firstRun.title"));
        title.getStyleClass().add("first-run-title");
        Label text = new Label(Messages.get("firstRun.text"));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.getStyleClass().add(RegisterStyles.MUTED);
        VBox box = new VBox(12, title, text);
        box.getChildren().add(button(idPrefix + "NewButton", "firstRun.new", newIntegration));
        if (importSpreadsheet != null) {
            box.getChildren().add(button(idPrefix + "ImportButton", "firstRun.import", importSpreadsheet));
        }
        box.getChildren().add(button(idPrefix + "SampleButton", "firstRun.sample", loadSample));
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        box.getStyleClass().add("first-run");
        return box;
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(260);
        button.setOnAction(e -> action.run());
        return button;
    }
}
