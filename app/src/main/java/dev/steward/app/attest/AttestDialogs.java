package dev.steward.app.attest;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import javafx.beans.binding.Bindings;
import dev.steward.app.scene.IsoDatePicker;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.model.attestation.Affirmant;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/// The small typed dialogs of the attestation window: evidence details after a file was chosen, the
/// comment a manager must give when returning a submission, and the passphrase that affirms an export.
final class AttestDialogs {
    private AttestDialogs() {
    }

    /// Effective date (default today: most evidence is a fresh screenshot or export) and an optional note.
    static Optional<EvidenceDetails> evidence(Window owner, String fileName, LocalDate today) {
        FormDialog<EvidenceDetails> dialog = new FormDialog<>(owner, Messages.format("attest.evidence.dialog.title", fileName));
        IsoDatePicker date = dialog.row("attest.evidence.dialog.effective", new IsoDatePicker(today));
        date.setId("effectiveDatePicker");
        TextField note = dialog.row("attest.evidence.dialog.note", new TextField());
        note.setId("evidenceNoteField");
        dialog.finish(date.valueProperty().isNotNull().and(date.invalidProperty().not()), () -> new EvidenceDetails(date.getValue(), note.getText()));
        return dialog.showAndWait();
    }

    /// The signing key's passphrase for an export that carries the manager's affirmation; OK unlocks the key in
    /// the background and a wrong passphrase keeps the dialog open with the reason.
    static Optional<Affirmant> affirm(Window owner, UiExecutor executor, Function<char[], Callable<Affirmant>> unlock) {
        FormDialog<Affirmant> dialog = new FormDialog<>(owner, Messages.get("attest.affirm.title"));
        dialog.note(new Label(Messages.get("attest.affirm.explain"))).setWrapText(true);
        PasswordField passphrase = dialog.row("account.passphrase", new PasswordField());
        passphrase.setId("affirmPassphraseField");
        dialog.submit(passphrase.textProperty().isNotEmpty(), executor, () -> unlock.apply(passphrase.getText().toCharArray()));
        return dialog.showAndWait();
    }

    /// The return comment; OK needs some text, because "returned" with no reason helps nobody.
    static Optional<String> returnComment(Window owner) {
        FormDialog<String> dialog = new FormDialog<>(owner, Messages.get("attest.return.title"));
        TextArea comment = dialog.row("attest.return.comment", new TextArea());
        comment.setId("returnCommentField");
        comment.setPrefRowCount(4);
        comment.setWrapText(true);
        dialog.finish(Bindings.createBooleanBinding(() -> !comment.getText().isBlank(), comment.textProperty()),
                () -> comment.getText().strip());
        return dialog.showAndWait();
    }
}
