package dev.steward.app.editor;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.function.Supplier;

/// A small typed form dialog: labelled rows, an OK button enabled by one binding, and a result
/// built from the fields (empty on cancel).
public final class FormDialog<T> extends Dialog<T> {
    public static final ButtonType OK = new ButtonType(Messages.get("generic.button.ok"), ButtonBar.ButtonData.OK_DONE);
    private final GridPane grid = new GridPane();
    private int rows;

    public FormDialog(Window owner, String title) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        grid.getColumnConstraints().setAll(labels, fields);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(OK).setId("okButton");
        getDialogPane().getStylesheets().add(SceneFactory.STYLESHEET);
    }

    /// Adds a labelled row; the label gets a mnemonic and points at the field.
    public <N extends Node> N row(String labelKey, N field) {
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.addRow(rows++, label, field);
        return field;
    }

    /// @param valid  the one binding that enables OK
    /// @param result builds the typed result when OK is pressed
    public FormDialog<T> finish(BooleanExpression valid, Supplier<T> result) {
        getDialogPane().lookupButton(OK).disableProperty().bind(valid.not());
        setResultConverter(button -> button == OK ? result.get() : null);
        return this;
    }
}
