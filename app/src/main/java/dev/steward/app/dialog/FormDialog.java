package dev.steward.app.dialog;

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
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/// A small typed form dialog: labelled rows, an OK button enabled by one binding, and a result
/// built from the fields (empty on cancel).
public final class FormDialog<T> extends Dialog<T> {
    /// Style class of a field a refusal named.
    public static final String INVALID = "field-invalid";
    public static final ButtonType OK = new ButtonType(Messages.get("generic.button.ok"), ButtonBar.ButtonData.OK_DONE);
    /// How wide an explanation under the fields is laid out before it wraps, in pixels.
    static final double NOTE_WIDTH = 460;
    private final GridPane grid = new GridPane();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /// fields by the name a service's {@link ValidationProblem} gives them, so a refusal marks the right one
    private final java.util.Map<String, Node> named = new java.util.HashMap<>();
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
        DialogFocus.firstField(this);
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

    /// Names `field` as a service's {@link ValidationProblem#field()} names it ("email"): when {@link #submit}
    /// work is refused for it, the field is marked (style class {@value #INVALID}) and gets the focus.
    public <N extends Node> N named(String name, N field) {
        named.put(name, field);
        return field;
    }

    /// @param valid  the one binding that enables OK
    /// @param result builds the typed result when OK is pressed
    public FormDialog<T> finish(BooleanExpression valid, Supplier<T> result) {
        getDialogPane().lookupButton(OK).disableProperty().bind(valid.not());
        setResultConverter(button -> button == OK ? result.get() : null);
        return this;
    }

    /// A row spanning both columns, e.g. an explanation or live problems under a field. A label wraps at a
    /// set width: left to itself, a long explanation would make the dialog as wide as its whole text.
    public <N extends Node> N note(N node) {
        if (node instanceof Label label) {
            label.setPrefWidth(NOTE_WIDTH);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        grid.add(node, 0, rows++, 2, 1);
        return node;
    }

    /// True while {@link #submit} work runs.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Like {@link #finish}, but OK runs work off the UI thread (hashing a password takes a noticeable
    /// moment), with a spinner, and the dialog stays open showing the failure's message until the work
    /// succeeds; its result then becomes the dialog's. OK and Cancel are disabled meanwhile, so a result
    /// never arrives for a dialog that is already gone.
    ///
    /// @param prepare called on the UI thread when OK is pressed: reads the fields and returns the work, which
    ///                then runs on a worker with those values only (a control is never read off the UI thread)
    public FormDialog<T> submit(BooleanExpression valid, UiExecutor executor, Supplier<Callable<T>> prepare) {
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
            named.values().forEach(field -> field.getStyleClass().remove(INVALID));
            Tasks.run(prepare.get())
                    .onSuccess(result -> {
                        setResult(result);
                        close();
                    })
                    .onFailure(failure -> {
                        error.setText(ErrorText.of(failure));
                        markInvalid(failure);
                    })
                    .andFinally(() -> busy.set(false))
                    .on(executor);
        });
        return this;
    }

    /// Marks the fields a validation failure names and puts the keyboard in the first of them; input stays.
    private void markInvalid(Throwable failure) {
        if (!(failure instanceof ValidationException invalid)) {
            return;
        }
        Node first = null;
        for (ValidationProblem problem : invalid.problems()) {
            Node field = named.get(problem.field());
            if (field != null) {
                if (!field.getStyleClass().contains(INVALID)) {
                    field.getStyleClass().add(INVALID);
                }
                first = first == null ? field : first;
            }
        }
        if (first != null) {
            first.requestFocus();
        }
    }
}
