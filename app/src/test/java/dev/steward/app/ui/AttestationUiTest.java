package dev.steward.app.ui;

import dev.steward.app.attest.AttestTestData;
import dev.steward.app.attest.ControlRow;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.export.bundle.BundleVerifier;
import dev.steward.app.register.IntegrationRow;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.register.Integration;
import dev.steward.service.audit.CheckpointService;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/// The whole sign-off: a reviewer who is also a manager assesses every control (one not applicable, with a reason), attaches
/// evidence and submits, and is then refused signing her own submission; another manager signs
/// after one mistyped passphrase, verifies, and exports a bundle that verifies offline.
class AttestationUiTest extends MainWindowTestBase {
    private Stage attest;

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void assessSubmitSignVerifyAndExport(FxRobot robot) throws Exception {
        loadSampleData(robot);
        Integration integration = AttestTestData.classifiedSample(window.viewModel().serviceProperty().get());
        AttestTestData data = new AttestTestData(window.services().database());
        // mia reviews and also holds MANAGER: she may submit, but never sign what she submitted
        robot.interact(() -> window.session().signIn(data.mia));
        IntegrationRow row = table(robot).getItems().stream().filter(r -> r.id() == integration.id()).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        robot.clickOn("#attestButton");
        attest = waitForWindow(robot, "Controls & attestation \u2014 " + integration.name());

        TableView<ControlRow> controls = node(robot, "#controlsTable");
        waitUntil(() -> !controls.getItems().isEmpty());
        assertThat(label(robot, "#mappingsLabel")).contains("(unverified)");
        int count = controls.getItems().size();
        for (int i = 0; i < count; i++) {
            int index = i;
            robot.interact(() -> controls.getSelectionModel().select(index));
            ComboBox<AssessmentStatus> status = node(robot, "#statusBox");
            robot.interact(() -> status.setValue(index == 0 ? AssessmentStatus.NOT_APPLICABLE : AssessmentStatus.IMPLEMENTED));
            Button save = node(robot, "#saveAssessmentButton");
            if (index == 0) {
                assertThat(save.isDisabled()).as("N/A without a reason").isTrue();
                assertThat(label(robot, "#justificationProblem")).contains("why");
                robot.clickOn((Node) node(robot, "#justificationField")).write("Only reachable from the test network.");
            }
            waitUntil(() -> !save.isDisabled());
            robot.clickOn(save);
            waitUntil(() -> controls.getItems().get(index).assessment().isAssessed());
        }

        Path evidence = Files.writeString(dir.resolve("access-review.txt"), "Quarterly access review, all clear.");
        files.fileToOpen = Optional.of(evidence);
        robot.clickOn((Node) node(robot, "#attachEvidenceButton"));
        robot.clickOn("#evidenceNoteField").write("Q1 review");
        robot.clickOn("#okButton");
        TableView<?> evidenceTable = node(robot, "#evidenceTable");
        waitUntil(() -> evidenceTable.getItems().size() == 1);

        robot.interact(() -> ((TabPane) node(robot, "#attestTabs")).getSelectionModel().select(1));
        Button submit = node(robot, "#submitButton");
        waitUntil(() -> !submit.isDisabled());
        robot.clickOn(submit);
        waitUntil(() -> label(robot, "#attestationState").startsWith("Submitted"));

        Button sign = node(robot, "#signButton");
        waitUntil(() -> !sign.isDisabled());
        robot.clickOn(sign);
        robot.clickOn("#passphraseField").write(AttestTestData.PASSPHRASE);
        assertThat(robot.lookup("#signConfirmButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#signBlockedReason").queryAs(Label.class).getText()).contains("a different manager must sign it");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#passphraseField").tryQuery().isEmpty());

        robot.interact(() -> window.session().signIn(data.max));
        waitUntil(() -> !sign.isDisabled());
        robot.clickOn(sign);
        robot.clickOn("#passphraseField").write("not my passphrase");
        robot.clickOn("#signConfirmButton");
        waitUntil(() -> !robot.lookup("#signError").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#signError").queryAs(Label.class).getText()).contains("does not unlock");
        robot.interact(() -> robot.lookup("#passphraseField").queryTextInputControl().clear());
        robot.clickOn("#passphraseField").write(AttestTestData.PASSPHRASE);
        robot.clickOn("#signConfirmButton");
        waitUntil(() -> label(robot, "#attestationState").startsWith("Signed, expires"));

        robot.clickOn((Node) node(robot, "#verifyButton"));
        waitUntil(() -> label(robot, "#verificationLabel").startsWith("Signature valid"));

        Path bundle = dir.resolve("bundle.json");
        files.fileToSave = Optional.of(new SaveTarget(bundle, new FileKind("JSON", List.of("*.json"))));
        robot.clickOn((Node) node(robot, "#exportButton"));
        robot.clickOn("Signed JSON bundle");
        waitUntil(() -> Files.exists(bundle));
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Export attestation".equals(s.getTitle())));
        assertThat(BundleVerifier.verify(bundle).valid()).isTrue();
        assertThat(BundleVerifier.verify(bundle).checkpoint()).as("the sign-off's checkpoint").isPresent();

        // and signs an audit checkpoint on demand from the File menu (the sample's sign-offs made some already)
        CheckpointService checkpoints = window.services().checkpoints();
        int before = checkpoints.verify(Map.of()).checkpoints();
        MenuItem checkpoint = menuItem(robot, "checkpointMenuItem");
        assertThat(checkpoint.isDisable()).isFalse();
        // not interact(): the dialog's showAndWait would hold it until the dialog closes
        javafx.application.Platform.runLater(checkpoint::fire);
        Stage dialog = waitForWindow(robot, "Sign audit checkpoint");
        // the export's "done" message is still open too: act inside this dialog only
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#checkpointPassphraseField")
                .queryTextInputControl().setText(AttestTestData.PASSPHRASE));
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#okButton").queryButton().fire());
        waitUntil(() -> checkpoints.verify(Map.of()).checkpoints() == before + 1);
        assertThat(checkpoints.verify(Map.of()).holds()).isTrue();
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private <T> T node(FxRobot robot, String query) {
        return (T) robot.from(attest.getScene().getRoot()).lookup(query).query();
    }

    private String label(FxRobot robot, String query) {
        return ((Label) node(robot, query)).getText();
    }
}
