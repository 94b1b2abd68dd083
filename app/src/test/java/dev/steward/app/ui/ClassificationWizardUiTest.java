package dev.steward.app.ui;

import dev.steward.app.register.IntegrationRow;
import dev.steward.model.register.LifecycleStatus;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;


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
        IntegrationRow target = table.getItems().stream()
                .filter(r -> r.integration().status() == LifecycleStatus.ACTIVE).findFirst().orElseThrow();
        assertThat(target.verdict()).isEqualTo("Not classified");
        robot.interact(() -> table.getSelectionModel().select(target));
        robot.clickOn("#classifyButton");
        wizard = waitForWindow(robot, "Classify: " + target.name());

        ButtonBase next = node(robot, "#nextButton");
        assertThat(label(robot, "#stepLabel")).startsWith("Step 1 of 6");
        assertThat(next.isDisabled()).isTrue();
        assertThat(label(robot, "#verdictLabel")).isEqualTo("Undetermined");

        robot.clickOn((ButtonBase) node(robot, "#local_only-no"));
        assertThat(next.isDisabled()).isFalse();
        robot.clickOn(next);
        assertThat(label(robot, "#stepLabel")).startsWith("Step 2 of 6");
        assertThat(((ProgressBar) node(robot, "#wizardProgress")).getProgress()).isEqualTo(2 / 6.0);
        assertThat(next.isDisabled()).isTrue();

        choose(robot, "#authenticates-yes", "#holds_secrets-no", "#credential_autonomy-yes");
        // the credential questions only appear once it authenticates or holds credentials
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
