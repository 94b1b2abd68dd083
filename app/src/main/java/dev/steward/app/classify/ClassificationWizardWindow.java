package dev.steward.app.classify;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import dev.steward.model.classification.Question;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/// The classification wizard: one window whose pages are swapped by Back and Next, with the live
/// verdict and its reasons always visible on the right.
public final class ClassificationWizardWindow {
    private final ClassificationWizardViewModel vm;
    private final Stage stage;
    private final List<Node> pages = new ArrayList<>();
    private final List<QuestionView> questionViews = new ArrayList<>();

    private ClassificationWizardWindow(Window owner, ClassificationWizardViewModel vm) {
        this.vm = vm;
        for (int i = 0; i < vm.sections().size(); i++) {
            pages.add(sectionPage(i));
        }
        pages.add(resultPage());
        StackPane pageStack = new StackPane();
        pageStack.getChildren().setAll(pages);
        SplitPane split = new SplitPane(pageStack, new LiveResultPane(vm.liveProperty(), vm.resultShownProperty(),
                vm.questionnaire()));
        split.setDividerPositions(0.58);
        BorderPane root = new BorderPane(split);
        root.setTop(header());
        root.setBottom(buttons());
        BorderPane.setMargin(root.getBottom(), new Insets(8));
        stage = SceneFactory.secondaryStage(owner, Messages.format("wizard.title", vm.integration().name()),
                SceneFactory.scene(root, 980, 680));
        vm.answersProperty().addListener((obs, old, now) -> refreshQuestions());
        vm.stepProperty().addListener((obs, old, now) -> showPage(now.intValue()));
        refreshQuestions();
        showPage(0);
    }

    public static ClassificationWizardWindow open(Window owner, ClassificationWizardViewModel vm) {
        ClassificationWizardWindow window = new ClassificationWizardWindow(owner, vm);
        window.stage.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    private Node header() {
        Label step = new Label();
        step.setId("stepLabel");
        step.getStyleClass().add("wizard-step");
        ProgressBar progress = new ProgressBar();
        progress.setId("wizardProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        vm.stepProperty().addListener((obs, old, now) -> describeStep(step, progress, now.intValue()));
        describeStep(step, progress, vm.stepProperty().get());
        VBox box = new VBox(6, step, progress);
        box.setPadding(new Insets(10));
        return box;
    }

    private void describeStep(Label label, ProgressBar progress, int index) {
        String name = index < vm.sections().size() ? vm.sections().get(index) : Messages.get("wizard.step.result");
        label.setText(Messages.format("wizard.step", index + 1, vm.stepCount(), name));
        progress.setProgress((index + 1) / (double) vm.stepCount());
    }

    private Node sectionPage(int index) {
        VBox questions = new VBox(16);
        questions.setPadding(new Insets(12));
        for (Question question : vm.questionsOf(index)) {
            QuestionView view = new QuestionView(question, vm::answer);
            questionViews.add(view);
            questions.getChildren().add(view);
        }
        Label missing = new Label(Messages.get("wizard.step.incomplete"));
        missing.setId("incompleteLabel" + index);
        missing.getStyleClass().add("muted");
        missing.visibleProperty().bind(vm.stepCompleteProperty().not());
        questions.getChildren().add(missing);
        ScrollPane scroll = new ScrollPane(questions);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node resultPage() {
        Label intro = new Label(Messages.get("wizard.result.intro"));
        intro.setWrapText(true);
        Label outcome = new Label();
        outcome.setId("outcomeLabel");
        outcome.setWrapText(true);
        outcome.textProperty().bind(vm.outcomeTextProperty());
        VBox box = new VBox(12, intro, outcome);
        box.setPadding(new Insets(12));
        return box;
    }

    /// A question that does not apply keeps its place, greyed out, so that an answer never moves the
    /// questions below it (a click aimed at the next question must land on it).
    private void refreshQuestions() {
        for (QuestionView view : questionViews) {
            boolean applies = vm.isVisible(view.question());
            view.setApplicable(applies);
            view.show(applies ? vm.answersProperty().get() : dev.steward.model.classification.Answers.empty());
        }
    }

    private void showPage(int index) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == index);
        }
    }

    private Node buttons() {
        Button back = button("backButton", "wizard.button.back", ButtonBar.ButtonData.BACK_PREVIOUS);
        back.disableProperty().bind(vm.canGoBackProperty().not());
        back.setOnAction(e -> vm.back());
        Button next = button("nextButton", "wizard.button.next", ButtonBar.ButtonData.NEXT_FORWARD);
        next.disableProperty().bind(vm.canGoNextProperty().not());
        next.defaultButtonProperty().bind(vm.onResultStepProperty().not());
        next.setOnAction(e -> vm.next());
        Button save = button("saveClassificationButton", "wizard.button.save", ButtonBar.ButtonData.FINISH);
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.defaultButtonProperty().bind(vm.onResultStepProperty());
        save.setOnAction(e -> vm.save());
        Button close = button("closeWizardButton", "wizard.button.close", ButtonBar.ButtonData.CANCEL_CLOSE);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(back, next, save, close);
        return bar;
    }

    private static Button button(String id, String key, ButtonBar.ButtonData data) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        ButtonBar.setButtonData(button, data);
        return button;
    }
}
