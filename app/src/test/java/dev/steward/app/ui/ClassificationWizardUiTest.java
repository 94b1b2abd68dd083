package dev.steward.app.ui;

import dev.steward.app.register.IntegrationRow;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.register.RegisterService;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;


import static org.assertj.core.api.Assertions.assertThat;

/// The classification wizard end to end: open from the register, answer step by step with the live verdict
/// visible, save, and see verdict and tier in the register.
class ClassificationWizardUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }
    private Stage wizard;

    @Test
    void answerStepByStepWatchTheVerdictAndSave(FxRobot robot) throws Exception {
        loadSampleData(robot);
        TableView<IntegrationRow> table = table(robot);
        IntegrationRow target = openOnUnclassifiedCopy(robot, "Invoice triage agent");
        assertThat(target.verdict()).isEqualTo("Not classified");

        ButtonBase next = node(robot, "#nextButton");
        assertThat(label(robot, "#stepLabel")).startsWith("Step 1 of 6");
        assertThat(next.isDisabled()).isTrue();

        robot.clickOn((ButtonBase) node(robot, "#local_only-no"));
        assertThat(label(robot, "#verdictLabel")).isNotEqualTo("—");
        assertThat(next.isDisabled()).isFalse();
        robot.clickOn(next);
        assertThat(label(robot, "#stepLabel")).startsWith("Step 2 of 6");
        assertThat(((ProgressBar) node(robot, "#wizardProgress")).getProgress()).isEqualTo(2 / 6.0);
        assertThat(next.isDisabled()).isTrue();

        choose(robot, "#authenticates-yes", "#holds_secrets-no", "#credential_autonomy-yes");
        // the credential questions only apply once it authenticates or holds credentials
        choose(robot, "#credential_lifetime-long_lived", "#secrets_outside_manager-no");
        assertThat(label(robot, "#verdictLabel")).isEqualTo("Non-human identity");
        ListView<?> trace = node(robot, "#traceList");
        assertThat(trace.getItems()).anySatisfy(f -> assertThat(f.toString()).contains("credential_autonomy=yes"));
        robot.clickOn(next);

        choose(robot, "#delegated_access-write", "#scope_breadth-standing_broad", "#calls_tools-yes",
                "#human_approves_each_action-no", "#action_impact-create_records", "#acts_unattended-yes",
                "#cross_saas_token_handoff-no");
        robot.clickOn(next);
        assertThat(label(robot, "#stepLabel")).contains("Multi-agent pipelines");
        robot.clickOn(next);
        choose(robot, "#revocation_owner-yes", "#vendor_managed-no");
        robot.clickOn(next);
        assertThat(label(robot, "#stepLabel")).startsWith("Step 6 of 6");
        assertThat(label(robot, "#tierLabel")).isIn("High", "Critical");
        assertThat(node(robot, "#controlsList").toString()).isNotEmpty();

        robot.clickOn((ButtonBase) node(robot, "#saveClassificationButton"));
        waitUntil(() -> !label(robot, "#outcomeLabel").isEmpty());
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == target.id() && r.classification() != null));
        IntegrationRow classified = table.getItems().stream().filter(r -> r.id() == target.id()).findFirst().orElseThrow();
        assertThat(classified.verdict()).isEqualTo("Non-human identity");
        assertThat(classified.riskTier()).isIn("High", "Critical");
    }

    @Test
    void aQuestionThatStartsToApplyDoesNotMoveTheNextOneUnderTheMouse(FxRobot robot) throws Exception {
        loadSampleData(robot);
        openOnUnclassifiedCopy(robot, "Invoice triage agent");
        ButtonBase next = node(robot, "#nextButton");
        robot.clickOn((ButtonBase) node(robot, "#local_only-no"));
        robot.clickOn(next);
        choose(robot, "#authenticates-no", "#holds_secrets-no", "#credential_autonomy-no");
        robot.clickOn(next);
        assertThat(label(robot, "#stepLabel")).contains("Access and actions");

        Node nextQuestion = node(robot, "#calls_tools-yes");
        Bounds before = nextQuestion.localToScreen(nextQuestion.getBoundsInLocal());
        robot.clickOn((Node) node(robot, "#delegated_access-read"));
        // "How broad are its permissions?" now applies; it sits between the two, and must not push calls_tools down
        assertThat(((Node) node(robot, "#question-scope_breadth")).isDisabled()).isFalse();
        Bounds after = nextQuestion.localToScreen(nextQuestion.getBoundsInLocal());
        assertThat(after.getMinY()).as("calls_tools moved").isEqualTo(before.getMinY());

        robot.clickOn(new Point2D(before.getCenterX(), before.getCenterY()));
        assertThat(((RadioButton) node(robot, "#calls_tools-yes")).isSelected()).as("the click landed on calls_tools").isTrue();
    }

    @Test
    void answersTheRecordHoldsArePrefilledAndNoVerdictShowsBeforeTheFirstAnswer(FxRobot robot) throws Exception {
        loadSampleData(robot);
        openOnUnclassifiedCopy(robot, "Invoice triage agent");

        // an autonomous agent with a recorded credential and a revocation path that names who may use it
        assertThat(((RadioButton) node(robot, "#integration_kind-agent")).isSelected()).isTrue();
        assertThat(((RadioButton) node(robot, "#holds_secrets-yes")).isSelected()).isTrue();
        assertThat(((RadioButton) node(robot, "#revocation_owner-yes")).isSelected()).isTrue();
        assertThat(((RadioButton) node(robot, "#pipeline_role-none")).isSelected()).isTrue();
        assertThat(((Node) node(robot, "#noVerdictLabel")).isVisible()).isTrue();
        assertThat(label(robot, "#verdictLabel")).isEqualTo("—");
        assertThat(label(robot, "#tierLabel")).isEqualTo("—");
        assertThat(((ListView<?>) node(robot, "#traceList")).getItems()).isEmpty();

        robot.clickOn((ButtonBase) node(robot, "#local_only-no"));
        assertThat(((Node) node(robot, "#noVerdictLabel")).isVisible()).isFalse();
        assertThat(label(robot, "#verdictLabel")).isEqualTo("Non-human identity");
    }

    @Test
    void theTraceAndTheOpenQuestionsShowDisplayNamesNotInternalNames(FxRobot robot) throws Exception {
        loadSampleData(robot);
        openOnUnclassifiedCopy(robot, "Invoice triage agent");
        robot.clickOn((ButtonBase) node(robot, "#local_only-unknown"));
        robot.clickOn((ButtonBase) node(robot, "#nextButton"));
        choose(robot, "#authenticates-no", "#credential_autonomy-yes", "#credential_lifetime-short_lived",
                "#secrets_outside_manager-no");
        robot.clickOn((ButtonBase) node(robot, "#nextButton"));
        choose(robot, "#delegated_access-write", "#scope_breadth-task_scoped", "#calls_tools-yes",
                "#human_approves_each_action-partial");
        WaitForAsyncUtils.waitForFxEvents();

        String shown = robot.lookup("#traceList .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).reduce("", (a, b) -> a + "\n" + b);
        assertThat(shown).contains("A3 Conditional", "Non-human identity",
                "Can it obtain, use or pass on credentials without a person approving each use? Yes");
        assertThat(shown).doesNotContainPattern("A[0-4]_[A-Z]+|verdict NHI|MODERATE|HIGH|credential_autonomy=");

        robot.clickOn((ButtonBase) node(robot, "#backButton"));
        robot.clickOn((ButtonBase) node(robot, "#backButton"));
        robot.interact(() -> ((ButtonBase) node(robot, "#holds_secrets-no")).fire());
        robot.interact(() -> ((ButtonBase) node(robot, "#credential_autonomy-no")).fire());
        robot.interact(() -> ((ButtonBase) node(robot, "#local_only-unknown")).fire());
        robot.clickOn((ButtonBase) node(robot, "#nextButton"));
        robot.clickOn((ButtonBase) node(robot, "#nextButton"));
        choose(robot, "#delegated_access-none", "#calls_tools-no");
        assertThat(label(robot, "#verdictLabel")).isEqualTo("Undetermined");
        assertThat(label(robot, "#unresolvedLabel")).contains("Does it run purely on a local machine")
                .doesNotContain("local_only");
    }

    /// Adds an unclassified copy of a sample integration (every sample integration comes classified), selects
    /// it and opens the wizard on it.
    private IntegrationRow openOnUnclassifiedCopy(FxRobot robot, String sampleName) throws Exception {
        TableView<IntegrationRow> table = table(robot);
        RegisterService service = window.viewModel().serviceProperty().get();
        Integration s = service.integrations().stream().filter(i -> i.name().equals(sampleName)).findFirst().orElseThrow();
        Integration copy = service.create(new Integration(0, 0, s.name() + " (copy)", s.purpose(), s.vendor(), s.kind(),
                s.pipelineRole(), s.environments(), LifecycleStatus.PROPOSED, s.sponsorId(), s.technicalOwnerId(),
                s.backupOwnerIds(), s.dataAccess(), s.tools(), List.of(), s.credentials(), s.revocation(), s.nextReview(),
                null, null));
        robot.interact(() -> window.viewModel().replaceOrAdd(copy));
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == copy.id()));
        IntegrationRow row = table.getItems().stream().filter(r -> r.id() == copy.id()).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
        robot.clickOn("#classifyButton");
        wizard = waitForWindow(robot, "Classify: " + row.name());
        return row;
    }

    private void choose(FxRobot robot, String... ids) {
        for (String id : ids) {
            ButtonBase button = node(robot, id);
            // long pages scroll; fire() presses the control exactly as a click or Space would
            robot.interact(button::fire);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T node(FxRobot robot, String query) {
        return (T) robot.from(wizard.getScene().getRoot()).lookup(query).query();
    }

    private String label(FxRobot robot, String query) {
        return ((Label) node(robot, query)).getText();
    }
}
