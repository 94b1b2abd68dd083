package dev.steward.app.editor;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import dev.steward.app.scene.TabMovesFocus;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/// A small typed form dialog: labelled rows, an OK button enabled by one binding, and a result
/// built from the fields (empty on cancel).
public final class FormDialog<T> extends Dialog<T> {
    public static final ButtonType OK = new ButtonType(Messages.get("generic.button.ok"), ButtonBar.ButtonData.OK_DONE);
    private final GridPane grid = new GridPane();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
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
        if (getDialogPane().getScene() != null) {
            TabMovesFocus.install(getDialogPane().getScene());
        }
        getDialogPane().sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                TabMovesFocus.install(scene);
            }
        });
    }

    /// Adds a labelled row; the label gets a mnemonic and points at the field.
    public <N extends Node> N row(String labelKey, N field) {
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        // the field column grows; the label keeps its full width rather than being cut to "Sta…"
        label.setMinWidth(Label.USE_PREF_SIZE);
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

    /// A row spanning both columns, e.g. an explanation or live problems under a field.
    public <N extends Node> N note(N node) {
        grid.add(node, 0, rows++, 2, 1);
        return node;
    }

    /// True while {@link #submit} work runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Like {@link #finish}, but OK runs `work` off the UI thread (hashing a password takes a noticeable
    /// moment), with a spinner, and the dialog stays open showing the failure's message until `work`
    /// succeeds; its result then becomes the dialog's. OK and Cancel are disabled meanwhile, so a result
    /// never arrives for a dialog that is already gone.
    public FormDialog<T> submit(BooleanExpression valid, UiExecutor executor, Callable<T> work) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("formBusy");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(busy);
        Label error = new Label();
        error.setId("formError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        grid.addRow(rows++, spinner, error);
        Node ok = getDialogPane().lookupButton(OK);
        ok.disableProperty().bind(valid.not().or(busy));
        getDialogPane().lookupButton(ButtonType.CANCEL).disableProperty().bind(busy);
        setResultConverter(button -> null);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            busy.set(true);
            error.setText("");
            Tasks.run(work)
                    .onSuccess(result -> {
                        setResult(result);
                        close();
                    })
                    .onFailure(failure -> error.setText(messageOf(failure)))
                    .andFinally(() -> busy.set(false))
                    .on(executor);
        });
        return this;
    }

    /// The service's own words: validation problems one per line, anything else its message.
    private static String messageOf(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            return invalid.problems().stream().map(ValidationProblem::message).collect(Collectors.joining("\n"));
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }
}
