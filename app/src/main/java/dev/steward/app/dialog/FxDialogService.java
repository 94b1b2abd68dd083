package dev.steward.app.dialog;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;

/// Dialogs shown as JavaFX alerts, owned by the window that asked.
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = build(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        build(type, title, message).showAndWait();
    }

    private Alert build(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // a wrapping label so long messages (paths, conflict details) are readable
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(480);
        content.setId("dialogMessage");
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
