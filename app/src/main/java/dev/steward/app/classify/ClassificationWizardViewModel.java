package dev.steward.app.classify;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.Messages;
import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.Question;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.register.Integration;
import dev.steward.service.register.ClassificationOutcome;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.StaleRecordException;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.register.ClassificationOutcome;
import dev.steward.service.register.RegisterService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.List;
import java.util.function.Consumer;

/// The "can it act without a human?" wizard: one step per questionnaire section plus a result step.
/// Every answer re-runs the engine, so the verdict and its "why" trail are always current; Next only
/// advances when the step's required questions are answered ("Don't know" counts as an answer). It starts
/// from the earlier answers, on top of what the register record already holds ({@link RecordAnswers}).
public final class ClassificationWizardViewModel {
    private final Questionnaire questionnaire;
    private final List<String> sections;
    private final RegisterService service;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Consumer<ClassificationOutcome> onSaved;
    private Integration integration;

    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<Answers> answers = new ReadOnlyObjectWrapper<>(Answers.empty());
    private final ReadOnlyObjectWrapper<Classification> live = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper resultShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper outcomeText = new ReadOnlyStringWrapper("");
    private final BooleanBinding stepComplete;
    private final BooleanBinding canGoNext;
    private final BooleanBinding canGoBack;
    private final BooleanBinding onResultStep;
    private final BooleanBinding canSave;

    public ClassificationWizardViewModel(Questionnaire questionnaire, Integration integration, Answers previous,
                                         RegisterService service, UiExecutor executor, DialogService dialogs,
                                         Consumer<ClassificationOutcome> onSaved) {
        this.questionnaire = questionnaire;
        this.sections = questionnaire.sections();
        this.integration = integration;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        Answers earlier = previous == null ? Answers.empty() : previous;
        // an earlier classification is a result worth showing at once; answers taken from the record are not
        resultShown.set(!earlier.questionIds().isEmpty());
        answers.set(RecordAnswers.startingFrom(integration, earlier));
        answers.addListener((obs, old, now) -> {
            live.set(ClassificationEngine.classify(questionnaire, now));
            saved.set(false);
        });
        live.set(ClassificationEngine.classify(questionnaire, answers.get()));
        stepComplete = Bindings.createBooleanBinding(() -> missingInStep(step.get()).isEmpty(), step, answers);
        onResultStep = step.isEqualTo(sections.size());
        canGoNext = stepComplete.and(onResultStep.not()).and(busy.not());
        canGoBack = step.greaterThan(0).and(busy.not());
        canSave = onResultStep.and(Bindings.createBooleanBinding(
                () -> questionnaire.missingRequired(answers.get()).isEmpty(), answers)).and(busy.not()).and(saved.not());
    }

    // ---- read-only state -------------------------------------------------------------------------------------

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Integration integration() {
        return integration;
    }

    /// Section headings; step {@code i < sections().size()} shows section {@code i}, the last step the result.
    public List<String> sections() {
        return sections;
    }

    public int stepCount() {
        return sections.size() + 1;
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<Answers> answersProperty() {
        return answers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Classification> liveProperty() {
        return live.getReadOnlyProperty();
    }

    public BooleanBinding stepCompleteProperty() {
        return stepComplete;
    }

    public BooleanBinding canGoNextProperty() {
        return canGoNext;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding onResultStepProperty() {
        return onResultStep;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// False until the first answer (or when starting from an earlier classification): no verdict is shown
    /// before anyone has said anything about the integration.
    public ReadOnlyBooleanProperty resultShownProperty() {
        return resultShown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /// After saving: what happened, e.g. that the integration moved to "under reassessment".
    public ReadOnlyStringProperty outcomeTextProperty() {
        return outcomeText.getReadOnlyProperty();
    }

    /// The questions of a step's section, visible or not; the view shows those {@link #isVisible} accepts.
    public List<Question> questionsOf(int stepIndex) {
        if (stepIndex >= sections.size()) {
            return List.of();
        }
        String section = sections.get(stepIndex);
        return questionnaire.questions().stream().filter(q -> q.section().equals(section)).toList();
    }

    public boolean isVisible(Question question) {
        return questionnaire.visibleQuestions(answers.get()).contains(question);
    }

    /// Required questions of the step that are visible and still unanswered.
    public List<Question> missingInStep(int stepIndex) {
        List<Question> inStep = questionsOf(stepIndex);
        return questionnaire.missingRequired(answers.get()).stream().filter(inStep::contains).toList();
    }

    // ---- commands --------------------------------------------------------------------------------------------

    /// Records an answer: a String for yes/no, single choice and text, a List of option ids for multiple
    /// choice; {@code null} or blank text clears it.
    public void answer(String questionId, Object value) {
        boolean clear = value == null || (value instanceof String s && s.isBlank());
        resultShown.set(true);
        answers.set(clear ? answers.get().without(questionId) : answers.get().with(questionId, value));
    }

    public void next() {
        if (canGoNext.get()) {
            step.set(step.get() + 1);
        }
    }

    public void back() {
        if (canGoBack.get()) {
            step.set(step.get() - 1);
        }
    }

    /// Stores the classification (only answers to visible questions) with the questionnaire version.
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Answers relevant = questionnaire.relevantAnswers(answers.get());
        RegisterService store = service;
        long id = integration.id();
        long version = integration.version();
        busy.set(true);
        Tasks.run(() -> store.classify(id, version, relevant))
                .onSuccess(outcome -> {
                    saved.set(true);
                    // a move to "under reassessment" bumps the record's version; later saves must use it
                    integration = outcome.integration();
                    outcomeText.set(outcome.movedToReassessment()
                            ? Messages.format("wizard.saved.reassessment", String.join("; ", outcome.escalationReasons()))
                            : Messages.get("wizard.saved"));
                    onSaved.accept(outcome);
                })
                .onFailure(error -> dialogs.showFailure(Messages.get("wizard.error.title"), error))
                .andFinally(() -> busy.set(false))
                .on(executor);
    }
}
