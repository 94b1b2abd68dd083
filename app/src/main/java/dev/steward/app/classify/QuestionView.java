package dev.steward.app.classify;

import dev.steward.model.classification.AnswerOption;
import dev.steward.model.classification.AnswerType;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Question;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/// One question: its text, help and answer controls (radio buttons, check boxes or a text area).
/// Arrow keys move between radio buttons; Tab moves to the next question. A conditional question that does
/// not apply stays in place, disabled, with a note saying so.
final class QuestionView extends VBox {
    private static final PseudoClass NOT_APPLICABLE = PseudoClass.getPseudoClass("not-applicable");
    private final Label notAsked = new Label(dev.steward.app.i18n.Messages.get("wizard.question.notApplicable"));
    private final Question question;
    private final List<RadioButton> radios = new ArrayList<>();
    private final List<CheckBox> checks = new ArrayList<>();
    private TextArea text;
    private boolean updating;

    QuestionView(Question question, BiConsumer<String, Object> answer) {
        super(4);
        this.question = question;
        setId("question-" + question.id());
        getStyleClass().add("question");
        Label title = new Label(question.text() + (question.required() ? "" : " " + dev.steward.app.i18n.Messages.get("wizard.optional")));
        title.setWrapText(true);
        title.getStyleClass().add("question-text");
        Label help = new Label(question.help());
        help.setWrapText(true);
        help.getStyleClass().add("muted");
        notAsked.setId("notAsked-" + question.id());
        notAsked.getStyleClass().add("muted");
        notAsked.setWrapText(true);
        notAsked.setVisible(false);
        getChildren().addAll(title, help, controls(answer), notAsked);
    }

    /// Enables the question when it applies; otherwise greys it out in place and says it is not asked.
    void setApplicable(boolean applies) {
        setDisable(!applies);
        notAsked.setVisible(!applies);
        pseudoClassStateChanged(NOT_APPLICABLE, !applies);
    }

    Question question() {
        return question;
    }

    /// Shows the current answer without echoing it back as a change.
    void show(Answers answers) {
        updating = true;
        try {
            switch (question.type()) {
                case YES_NO_UNKNOWN, SINGLE_CHOICE -> {
                    String value = answers.value(question.id()).orElse(null);
                    radios.forEach(r -> r.setSelected(r.getUserData().equals(value)));
                }
                case MULTIPLE_CHOICE -> {
                    List<String> selected = answers.selections(question.id());
                    checks.forEach(c -> c.setSelected(selected.contains((String) c.getUserData())));
                }
                case TEXT -> {
                    String value = answers.value(question.id()).orElse("");
                    if (!value.equals(text.getText())) {
                        text.setText(value);
                    }
                }
            }
        } finally {
            updating = false;
        }
    }

    private Node controls(BiConsumer<String, Object> answer) {
        if (question.type() == AnswerType.TEXT) {
            text = new TextArea();
            text.setId(question.id());
            text.setPrefRowCount(2);
            text.setWrapText(true);
            text.textProperty().addListener((obs, old, now) -> {
                if (!updating) {
                    answer.accept(question.id(), now);
                }
            });
            return text;
        }
        FlowPane pane = new FlowPane(14, 6);
        if (question.type() == AnswerType.MULTIPLE_CHOICE) {
            for (AnswerOption option : question.choices()) {
                CheckBox box = new CheckBox(option.label());
                box.setId(question.id() + "-" + option.id());
                box.setUserData(option.id());
                box.selectedProperty().addListener((obs, old, now) -> {
                    if (!updating) {
                        answer.accept(question.id(), checks.stream().filter(CheckBox::isSelected)
                                .map(c -> (String) c.getUserData()).toList());
                    }
                });
                checks.add(box);
                pane.getChildren().add(box);
            }
            return pane;
        }
        ToggleGroup group = new ToggleGroup();
        for (AnswerOption option : question.choices()) {
            RadioButton radio = new RadioButton(option.label());
            radio.setId(question.id() + "-" + option.id());
            radio.setUserData(option.id());
            radio.setToggleGroup(group);
            radios.add(radio);
            pane.getChildren().add(radio);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!updating && now != null) {
                answer.accept(question.id(), now.getUserData());
            }
        });
        return pane;
    }
}
