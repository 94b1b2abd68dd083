package dev.steward.app.dialog;

import dev.steward.app.i18n.Messages;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.Optional;

/// Asks for the passphrase of an encrypted register. OK is enabled only when something was typed; the result
/// is a char array the caller wipes after use.
public final class PassphraseDialog {
    private PassphraseDialog() {
    }

    /// @param retry true after a wrong passphrase, to say so
    public static Optional<char[]> ask(Window owner, Path register, boolean retry) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("passphrase.title"));
        dialog.setHeaderText(Messages.format("passphrase.header", register));
        PasswordField field = new PasswordField();
        field.setId("passphraseField");
        field.setPromptText(Messages.get("passphrase.prompt"));
        Label hint = new Label(Messages.get(retry ? "passphrase.wrong" : "passphrase.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        if (retry) {
            hint.getStyleClass().add("error-text");
        }
        dialog.getDialogPane().setContent(new VBox(8, field, hint));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        DialogFocus.firstField(dialog);
        Optional<char[]> result = dialog.showAndWait();
        field.clear();
        return result;
    }
}
