package dev.steward.app.users;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.PasswordPolicy;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

import java.util.ArrayList;
import java.util.List;

/// A new password or passphrase typed twice, with {@link PasswordPolicy}'s problems shown live under it, so
/// the rules are read before OK is pressed rather than learnt from a refusal.
final class NewSecret {
    private final PasswordField secret = new PasswordField();
    private final PasswordField confirm = new PasswordField();
    private final BooleanBinding acceptable;
    private final PasswordPolicy.Secret kind;

    /// @param username the account's name, since the policy forbids a password equal to it
    NewSecret(FormDialog<?> form, String labelKey, String confirmKey, ObservableStringValue username) {
        this(form, labelKey, confirmKey, username, PasswordPolicy.Secret.PASSWORD);
    }

    /// @param kind what is typed, so the problems say "passphrase" where the field does
    NewSecret(FormDialog<?> form, String labelKey, String confirmKey, ObservableStringValue username,
              PasswordPolicy.Secret kind) {
        this.kind = kind;
        secret.setId("passwordField");
        confirm.setId("confirmField");
        form.row(labelKey, secret);
        form.row(confirmKey, confirm);
        StringBinding problems = Bindings.createStringBinding(() -> problemText(username.get()),
                secret.textProperty(), confirm.textProperty(), username);
        Label shown = form.note(new Label());
        shown.setId("passwordProblems");
        shown.setWrapText(true);
        shown.getStyleClass().add("error-text");
        shown.textProperty().bind(problems);
        acceptable = Bindings.createBooleanBinding(() -> !secret.getText().isEmpty() && problems.get().isEmpty()
                && secret.getText().equals(confirm.getText()), problems);
    }

    BooleanBinding acceptable() {
        return acceptable;
    }

    char[] value() {
        return secret.getText().toCharArray();
    }

    /// Nothing while the field is empty: a wall of red before the first key stroke helps nobody.
    private String problemText(String username) {
        if (secret.getText().isEmpty()) {
            return "";
        }
        List<String> problems = new ArrayList<>(PasswordPolicy.problems(kind, username, secret.getText().toCharArray()));
        if (!confirm.getText().isEmpty() && !confirm.getText().equals(secret.getText())) {
            problems.add(Messages.get("account.password.mismatch"));
        }
        return String.join("\n", problems);
    }
}
