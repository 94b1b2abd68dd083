package dev.steward.app.ui;

import dev.steward.app.attest.AttestTestData;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.export.cyclonedx.CycloneDxVerifier;
import dev.steward.app.register.IntegrationRow;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.register.Integration;
import dev.steward.service.attestation.AttestationService;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/// Export… → CycloneDX attestation: offered to the manager who may affirm a signed attestation (not to an
/// auditor), asks for their signing key's passphrase (a wrong one keeps the dialog open), and writes a file
/// whose JSF signatures verify offline with that manager's key.
class CycloneDxExportUiTest extends MainWindowTestBase {
    private static final String ITEM = "CycloneDX attestation (affirmed by you)";

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aManagerAffirmsTheSignedAttestationWithTheirPassphrase(FxRobot robot) throws Exception {
        loadSampleData(robot);
        Integration integration = AttestTestData.classifiedSample(window.viewModel().serviceProperty().get());
        AttestTestData data = new AttestTestData(window.services().database());
        AttestationService attestations = window.services().attestations();
        robot.interact(() -> window.session().signIn(data.rita));
        attestations.assessments(integration.id()).forEach(a -> attestations.saveAssessment(integration.id(),
                a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "in place", a.version()));
        attestations.startDraft(integration.id());
        long id = attestations.submit(integration.id()).id();
        robot.interact(() -> window.session().signIn(data.max));
        String fingerprint = attestations.sign(id, AttestTestData.PASSPHRASE.toCharArray()).attestation().signed()
                .signature().fingerprint();

        IntegrationRow row = table(robot).getItems().stream().filter(r -> r.id() == integration.id()).findFirst().orElseThrow();
        robot.interact(() -> table(robot).getSelectionModel().select(row));
        robot.clickOn("#attestButton");
        Stage attest = waitForWindow(robot, "Controls & attestation \u2014 " + integration.name());
        robot.interact(() -> ((TabPane) in(robot, attest, "#attestTabs")).getSelectionModel().select(1));
        waitUntil(() -> ((Label) in(robot, attest, "#attestationState")).getText().startsWith("Signed"));

        Path bom = dir.resolve("attestation.cdx.json");
        files.fileToSave = Optional.of(new SaveTarget(bom, new FileKind("JSON", List.of("*.json"))));
        robot.clickOn(in(robot, attest, "#exportButton"));
        robot.clickOn(ITEM);
        Stage dialog = waitForWindow(robot, "Affirm the CycloneDX attestation");
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#affirmPassphraseField")
                .queryTextInputControl().setText("not my passphrase"));
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#okButton").queryButton().fire());
        waitUntil(() -> !((Label) in(robot, dialog, "#formError")).getText().isEmpty());
        assertThat(((Label) in(robot, dialog, "#formError")).getText()).contains("passphrase");
        assertThat(bom).doesNotExist();
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#affirmPassphraseField")
                .queryTextInputControl().setText(AttestTestData.PASSPHRASE));
        robot.interact(() -> robot.from(dialog.getScene().getRoot()).lookup("#okButton").queryButton().fire());
        waitUntil(() -> Files.exists(bom));
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof Stage s && "Export attestation".equals(s.getTitle())));

        CycloneDxVerifier.Result result = CycloneDxVerifier.verify(Files.readAllBytes(bom));
        assertThat(result.problems()).isEmpty();
        assertThat(result.fingerprint()).contains(fingerprint);
        assertThat(result.signatory()).startsWith("Max Manager");

        // an auditor may export the other formats, but has nothing to affirm with
        Stage done = waitForWindow(robot, "Export attestation");
        robot.interact(done::close);
        robot.interact(() -> window.session().signIn(data.otto));
        MenuButton export = (MenuButton) in(robot, attest, "#exportButton");
        waitUntil(() -> !export.isDisabled());
        robot.interact(export::show);
        List<String> offered = export.getItems().stream().map(MenuItem::getId).toList();
        robot.interact(export::hide);
        assertThat(offered).contains("export-json", "export-oscal").doesNotContain("export-cyclonedx");
    }
}
