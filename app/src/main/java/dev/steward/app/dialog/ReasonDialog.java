package dev.steward.app.dialog;

import dev.steward.app.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/// Asks why (a dismissal's reason). OK is enabled by one binding, once something other than spaces is typed;
/// the result is the text, or empty on Cancel.
public final class ReasonDialog {
    private ReasonDialog() {
    }

    public static Optional<String> ask(Window owner, String title, String message) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label label = new Label(message);
        label.setWrapText(true);
        label.setMaxWidth(440);
        TextArea reason = new TextArea();
        reason.setId("reasonField");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Messages.get("reason.prompt"));
        label.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(8, label, reason));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("reasonOkButton");
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                        reason.textProperty()));
        dialog.setResultConverter(button -> button == ButtonType.OK ? reason.getText().strip() : null);
        DialogFocus.firstField(dialog);
        return dialog.showAndWait();
    }
}
