package dev.steward.app.classify;

import dev.steward.app.i18n.Messages;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.classification.RuleFiring;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The live verdict beside the questions: verdict, autonomy, tier, and the "why" trail of every
/// rule that fired with the answers behind it, plus the controls that became required. Nothing is shown
/// before the first answer; answers and unresolved questions read as question texts and option labels.
final class LiveResultPane extends VBox {
    private final TraceText text;
    private final ReadOnlyBooleanProperty shown;
    private final Label waiting = new Label(Messages.get("wizard.result.waiting"));
    private final Label verdict = value("verdictLabel");
    private final Label autonomy = value("autonomyLabel");
    private final Label tier = value("tierLabel");
    private final Label unresolved = new Label();
    private final ObservableList<RuleFiring> trace = FXCollections.observableArrayList();
    private final ObservableList<ControlId> controls = FXCollections.observableArrayList();

    LiveResultPane(ReadOnlyObjectProperty<Classification> live, ReadOnlyBooleanProperty shown, Questionnaire questionnaire) {
        super(8);
        this.text = new TraceText(questionnaire);
        this.shown = shown;
        waiting.setId("noVerdictLabel");
        waiting.setWrapText(true);
        waiting.getStyleClass().add("muted");
        waiting.managedProperty().bind(waiting.visibleProperty());
        waiting.visibleProperty().bind(shown.not());
        getStyleClass().add("live-result");
        GridPane summary = new GridPane();
        summary.setHgap(8);
        summary.setVgap(4);
        summary.addRow(0, new Label(Messages.get("wizard.result.verdict")), verdict);
        summary.addRow(1, new Label(Messages.get("wizard.result.autonomy")), autonomy);
        summary.addRow(2, new Label(Messages.get("wizard.result.tier")), tier);
        unresolved.setId("unresolvedLabel");
        unresolved.setWrapText(true);
        unresolved.getStyleClass().add("muted");
        unresolved.managedProperty().bind(unresolved.visibleProperty());
        // a wrapping label inside a VBox only wraps when it may not grow wider than the pane
        unresolved.setMaxWidth(Double.MAX_VALUE);
        unresolved.setMinHeight(Region.USE_PREF_SIZE);

        ListView<RuleFiring> why = new ListView<>(trace);
        why.setId("traceList");
        why.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RuleFiring item, boolean empty) {
                super.updateItem(item, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || item == null ? null : text.firing(item));
            }
        });
        VBox.setVgrow(why, Priority.ALWAYS);
        ListView<ControlId> required = new ListView<>(controls);
        required.setId("controlsList");
        required.setPrefHeight(140);
        required.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ControlId item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.code() + "  " + item.title());
            }
        });
        getChildren().addAll(waiting, summary, unresolved, new Label(Messages.get("wizard.result.why")), why,
                new Label(Messages.get("wizard.result.controls")), required);
        live.addListener((obs, old, now) -> show(now));
        shown.addListener((obs, old, now) -> show(live.get()));
        show(live.get());
    }

    private void show(Classification result) {
        if (!shown.get()) {
            verdict.setText("—");
            autonomy.setText("—");
            tier.setText("—");
            unresolved.setVisible(false);
            trace.clear();
            controls.clear();
            return;
        }
        verdict.setText(Messages.label(result.verdict()));
        autonomy.setText(Messages.label(result.autonomyLevel()));
        tier.setText(Messages.label(result.riskTier()));
        for (var level : dev.steward.model.classification.RiskTier.values()) {
            tier.pseudoClassStateChanged(PseudoClass.getPseudoClass(level.name().toLowerCase()), level == result.riskTier());
        }
        unresolved.setVisible(!result.unresolvedKeyQuestions().isEmpty());
        unresolved.setText(Messages.format("wizard.result.unresolved", text.questions(result.unresolvedKeyQuestions())));
        trace.setAll(result.trace());
        controls.setAll(result.requiredControls());
    }

    private static Label value(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("result-value");
        return label;
    }
}
