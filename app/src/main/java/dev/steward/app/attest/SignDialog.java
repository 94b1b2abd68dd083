package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import dev.steward.storage.StoredAttestation;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/// Shows what is being signed and asks for the passphrase. Sign does not close the dialog by itself: it
/// starts signing in the background, and only a successful signature closes it, so a mistyped passphrase
/// can be corrected in place.
final class SignDialog {
    static final ButtonType SIGN = new ButtonType(Messages.get("attest.sign.button"), ButtonBar.ButtonData.OK_DONE);

    private SignDialog() {
    }

    /// @return the signed attestation, or empty when cancelled
    static Optional<StoredAttestation> show(Window owner, SignViewModel vm) {
        Dialog<StoredAttestation> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("attest.sign.title"));
        dialog.setHeaderText(Messages.get("attest.sign.title"));
        dialog.setResizable(true);
        Label summary = new Label(vm.summary());
        summary.setId("signSummary");
        summary.setWrapText(true);
        Label blocked = new Label(vm.blockedReason());
        blocked.setId("signBlockedReason");
        blocked.setWrapText(true);
        blocked.getStyleClass().add("error-text");
        blocked.setVisible(!vm.blockedReason().isEmpty());
        blocked.setManaged(blocked.isVisible());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphraseField");
        passphrase.textProperty().bindBidirectional(vm.passphrase);
        Label passLabel = new Label(Messages.get("attest.sign.passphrase"));
        passLabel.setMnemonicParsing(true);
        passLabel.setLabelFor(passphrase);
        Label error = new Label();
        error.setId("signError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(8, summary, blocked, passLabel, passphrase, error);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(SceneFactory.STYLESHEET);
        dialog.getDialogPane().getButtonTypes().setAll(SIGN, ButtonType.CANCEL);
        Button sign = (Button) dialog.getDialogPane().lookupButton(SIGN);
        sign.setId("signConfirmButton");
        sign.disableProperty().bind(vm.canSignProperty().not());
        sign.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.sign();
        });
        vm.signedProperty().addListener((obs, old, signed) -> {
            if (signed != null) {
                dialog.setResult(signed);
                dialog.close();
            }
        });
        dialog.setResultConverter(button -> button == SIGN ? vm.signedProperty().get() : null);
        dev.steward.app.dialog.DialogFocus.firstField(dialog);
        return dialog.showAndWait();
    }
}
