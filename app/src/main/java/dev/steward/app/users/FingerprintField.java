package dev.steward.app.users;

import dev.steward.app.i18n.Messages;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/// A signing key's fingerprint shown whole: a read-only field wide enough for all of it, so it can be selected
/// and read out, with a Copy button beside it. A fingerprint is only useful complete.
final class FingerprintField extends HBox {
    private final TextField text = new TextField();

    FingerprintField(String fingerprint) {
        super(8);
        text.setId("fingerprintField");
        text.setEditable(false);
        text.setText(fingerprint);
        text.getStyleClass().add("fingerprint");
        // as wide as the whole fingerprint in the field's font, padding included, and never narrower
        javafx.scene.text.Text probe = new javafx.scene.text.Text(fingerprint);
        probe.setFont(text.getFont());
        double width = Math.ceil(probe.getLayoutBounds().getWidth()) + 32;
        text.setMinWidth(width);
        text.setPrefWidth(width);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button copy = new Button(Messages.get("account.fingerprint.copy"));
        copy.setId("copyFingerprintButton");
        copy.setMnemonicParsing(true);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(fingerprint);
            Clipboard.getSystemClipboard().setContent(content);
            text.selectAll();
        });
        getChildren().addAll(text, copy);
    }
}
