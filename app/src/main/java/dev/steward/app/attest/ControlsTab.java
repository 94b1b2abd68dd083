package dev.steward.app.attest;

import dev.steward.app.editor.ItemDialogs;
import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.storage.StoredEvidence;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Supplier;

/// The Controls tab: the table of applicable controls on top; below it the selected control's mappings and
/// description, its assessment form and its evidence. Binds to {@link AttestationViewModel} only.
final class ControlsTab {
    private final AttestationViewModel vm;
    private final Supplier<Window> owner;

    ControlsTab(AttestationViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    Node build() {
        SplitPane lower = new SplitPane(details(), new VBox(10, form(), evidence()));
        lower.setDividerPositions(0.4);
        SplitPane split = new SplitPane(table(), lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private Node table() {
        TableView<ControlRow> table = new TableView<>(vm.rows());
        table.setId("controlsTable");
        table.getColumns().add(TextColumns.of("attest.column.code", "Column", ControlRow::code, 70));
        table.getColumns().add(TextColumns.of("attest.column.title", "Column", ControlRow::title, 220));
        table.getColumns().add(TextColumns.of("attest.column.status", "Column", ControlRow::statusLabel, 120));
        table.getColumns().add(TextColumns.of("attest.column.reason", "Column", ControlRow::reason, 230));
        table.getColumns().add(TextColumns.of("attest.column.mappings", "Column", ControlRow::mappingsSummary, 420));
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setPlaceholder(new Label(Messages.get("attest.noControls")));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                vm.selectedProperty().set(row);
            }
        });
        vm.selectedProperty().addListener((obs, old, row) -> {
            if (row != null && table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private Node details() {
        Label mappings = new Label();
        mappings.setId("mappingsLabel");
        mappings.setWrapText(true);
        mappings.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Messages.get("attest.details.none")
                : String.join("\n", vm.selectedProperty().get().mappingLines()), vm.selectedProperty()));
        Label description = new Label();
        description.setId("descriptionLabel");
        description.setWrapText(true);
        description.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : vm.selectedProperty().get().control().description(), vm.selectedProperty()));
        VBox box = new VBox(6, heading("attest.details.mappings"), mappings, heading("attest.details.description"), description);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node form() {
        var form = vm.form();
        ComboBox<AssessmentStatus> status = ItemDialogs.combo("statusBox", AssessmentStatus.values(), null);
        status.valueProperty().bindBidirectional(form.status);
        TextField justification = new TextField();
        justification.setId("justificationField");
        justification.setPromptText(Messages.get("attest.form.justification.prompt"));
        justification.textProperty().bindBidirectional(form.justification);
        Label problem = new Label();
        problem.setId("justificationProblem");
        problem.getStyleClass().add("error-text");
        problem.textProperty().bind(form.justificationProblem());
        problem.visibleProperty().bind(form.justificationProblem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        TextArea notes = new TextArea();
        notes.setId("notesField");
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notes);
        Button save = new Button(Messages.get("attest.button.save"));
        save.setId("saveAssessmentButton");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> vm.save());
        Label locked = new Label(Messages.get("attest.form.locked"));
        locked.getStyleClass().add("muted");
        locked.visibleProperty().bind(vm.editableProperty().not());
        locked.managedProperty().bind(locked.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        grid.addRow(0, label("attest.form.status", status), status);
        grid.addRow(1, label("attest.form.justification", justification), new VBox(2, justification, problem));
        grid.addRow(2, label("attest.form.notes", notes), notes);
        grid.disableProperty().bind(vm.editableProperty().not().or(vm.selectedProperty().isNull()));
        VBox box = new VBox(6, locked, grid, new HBox(save));
        box.setPadding(new Insets(8));
        return box;
    }

    private Node evidence() {
        TableView<StoredEvidence> table = new TableView<>(vm.evidence());
        table.setId("evidenceTable");
        table.setPrefHeight(130);
        table.setPlaceholder(new Label(Messages.get("attest.evidence.none")));
        table.getColumns().add(TextColumns.of("attest.evidence.column.file", "Column", e -> e.ref().fileName(), 160));
        table.getColumns().add(TextColumns.of("attest.evidence.column.size", "Column", e -> AttestationText.size(e.ref().sizeBytes()), 70));
        TableColumn<StoredEvidence, String> sha = TextColumns.of("attest.evidence.column.sha", "Column", e -> e.ref().sha256(), 110);
        sha.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String hash, boolean empty) {
                super.updateItem(hash, empty);
                setText(empty || hash == null ? null : AttestationText.shortHash(hash));
                setTooltip(empty || hash == null ? null : new Tooltip(hash));
            }
        });
        table.getColumns().add(sha);
        table.getColumns().add(TextColumns.of("attest.evidence.column.effective", "Column", e -> e.ref().effectiveDate().toString(), 90));
        table.getColumns().add(TextColumns.of("attest.evidence.column.uploaded", "Column", AttestationText::uploaded, 170));
        Button attach = new Button(Messages.get("attest.evidence.attach"));
        attach.setId("attachEvidenceButton");
        attach.disableProperty().bind(vm.canAttachProperty().not());
        attach.setOnAction(e -> vm.attachEvidence((name, today) -> AttestDialogs.evidence(owner.get(), name, today)));
        Button copy = new Button(Messages.get("attest.evidence.saveCopy"));
        copy.setId("saveEvidenceCopyButton");
        copy.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        copy.setOnAction(e -> vm.saveEvidenceCopy(table.getSelectionModel().getSelectedItem()));
        VBox box = new VBox(6, heading("attest.evidence.title"), table, new HBox(6, attach, copy));
        box.setPadding(new Insets(8));
        return box;
    }

    static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add("question-text");
        return label;
    }

    private static Label label(String key, Node field) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        // a growing field beside it must not squeeze the label to "Sta…"
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}
