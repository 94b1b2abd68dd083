package dev.steward.app.team;

import dev.steward.app.i18n.Messages;
import dev.steward.storage.TeamAddress;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/// Asks for the person's own PostgreSQL login and password before a team register opens. The login is
/// prefilled with the operating-system user, as psql does; nothing typed here is stored.
public final class TeamSignInDialog {
    private TeamSignInDialog() {
    }

    /// @param problem what went wrong with the last attempt (e.g. a wrong password), or `null`
    public static Optional<TeamLogin> ask(Window owner, TeamAddress address, String login, String problem) {
        Dialog<TeamLogin> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("team.signIn.title"));
        dialog.setHeaderText(Messages.format("team.signIn.header", address.toString()));
        TextField user = new TextField(login);
        user.setId("teamLoginField");
        PasswordField password = new PasswordField();
        password.setId("teamPasswordField");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        Label userLabel = new Label(Messages.get("team.signIn.user"));
        userLabel.setLabelFor(user);
        userLabel.setMnemonicParsing(true);
        Label passwordLabel = new Label(Messages.get("team.signIn.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        grid.addRow(0, userLabel, user);
        grid.addRow(1, passwordLabel, password);
        if (problem != null) {
            Label error = new Label(problem);
            error.setId("teamSignInProblem");
            error.setWrapText(true);
            error.setMaxWidth(360);
            grid.add(error, 0, 2, 2, 1);
        }
        dialog.getDialogPane().setContent(grid);
        ButtonType signIn = new ButtonType(Messages.get("team.signIn.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(signIn, ButtonType.CANCEL);
        // one binding enables the primary button: a login is needed, a password may be empty (trust, peer)
        dialog.getDialogPane().lookupButton(signIn).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> user.getText().isBlank(), user.textProperty()));
        dialog.setOnShown(e -> (login.isBlank() ? user : password).requestFocus());
        dialog.setResultConverter(button -> button == signIn
                ? new TeamLogin(user.getText().strip(), password.getText().toCharArray()) : null);
        Optional<TeamLogin> result = dialog.showAndWait();
        password.clear();
        return result;
    }
}
