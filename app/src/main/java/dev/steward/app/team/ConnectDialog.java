package dev.steward.app.team;

import dev.steward.app.i18n.Messages;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.Optional;

/// File > Connect to team database…: a thin view over {@link ConnectViewModel}; Connect is enabled by its one
/// validity binding, and the result is the typed {@link TeamConnection}.
public final class ConnectDialog {
    private final Dialog<TeamConnection> dialog = new Dialog<>();

    public ConnectDialog(Window owner, ConnectViewModel model) {
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("team.connect.title"));
        dialog.setHeaderText(Messages.get("team.connect.header"));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        TextField host = field("teamHostField", model.hostProperty());
        TextField port = field("teamPortField", model.portProperty());
        TextField database = field("teamDatabaseField", model.databaseProperty());
        TextField login = field("teamUserField", model.loginProperty());
        ComboBox<String> tls = new ComboBox<>(model.tlsModes());
        tls.setId("teamTlsField");
        tls.valueProperty().bindBidirectional(model.tlsModeProperty());
        row(grid, 0, "team.connect.host", host);
        row(grid, 1, "team.connect.port", port);
        row(grid, 2, "team.connect.database", database);
        row(grid, 3, "team.connect.user", login);
        row(grid, 4, "team.connect.tls", tls);
        Label problem = new Label();
        problem.setId("teamConnectProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(380);
        problem.textProperty().bind(model.problemProperty());
        grid.add(problem, 0, 5, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType connect = new ButtonType(Messages.get("team.connect.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).setId("teamConnectButton");
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(model.validProperty().not());
        dialog.setOnShown(e -> host.requestFocus());
        dialog.setResultConverter(button -> button == connect ? model.connection().orElse(null) : null);
    }

    public Optional<TeamConnection> showAndWait() {
        return dialog.showAndWait();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static void row(GridPane grid, int row, String key, Control field) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.addRow(row, label, field);
    }
}
