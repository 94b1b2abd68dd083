package dev.steward.app.scene;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.i18n.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/// The strip every long job shows while it runs: what it does, a bar and Cancel; hidden otherwise.
public final class JobProgress {
    private JobProgress() {
    }

    /// @param idPrefix gives the bar the id `<prefix>Progress` and Cancel `cancel<Prefix>Button`, for UI tests
    public static HBox of(ProgressTracker tracker, String idPrefix) {
        Label what = new Label();
        what.textProperty().bind(tracker.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(tracker.progressProperty());
        Button cancel = new Button(Messages.get("progress.cancel"));
        cancel.setId("cancel" + Character.toUpperCase(idPrefix.charAt(0)) + idPrefix.substring(1) + "Button");
        cancel.setTooltip(new Tooltip(Messages.get("progress.cancel.tooltip")));
        cancel.setOnAction(e -> tracker.cancel());
        HBox box = new HBox(6, what, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(tracker.runningProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
