package dev.steward.app.ui;

import dev.steward.app.attest.AttestTestData;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.model.campaign.CampaignStatus;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.service.campaign.CampaignItemView;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// A campaign over the sample register from creation to a signed completion report, with two accounts: a
/// manager creates it, a reviewer decides every item in the decision dialog, the manager closes and signs it,
/// and the saved report verifies offline.
class CampaignUiTest extends MainWindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aManagerCreatesAReviewerDecidesAndTheManagerClosesWithASignedReport(FxRobot robot) throws Exception {
        loadSampleData(robot);
        AttestTestData data = new AttestTestData(window.services().database());
        robot.interact(() -> window.session().signIn(data.max));
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "campaignsTab".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#campaignNewButton").tryQuery().isPresent());
        waitUntil(() -> !robot.lookup("#campaignNewButton").queryButton().isDisabled());

        robot.clickOn("#campaignNewButton");
        Stage create = waitForWindow(robot, "New campaign");
        Button ok = robot.from(create.getScene().getRoot()).lookup("#okButton").queryButton();
        assertThat(ok.isDisabled()).as("a campaign needs a name").isTrue();
        robot.clickOn((javafx.scene.Node) in(robot, create, "#campaignNameField")).write("Quarterly in-house review");
        robot.clickOn((javafx.scene.Node) in(robot, create, "#campaignVendorField")).write("Built in-house");
        robot.clickOn(ok);
        TableView<CampaignItemView> items = robot.lookup("#campaignItems").queryTableView();
        waitUntil(() -> !items.getItems().isEmpty());
        int count = items.getItems().size();
        waitUntil(() -> robot.lookup("#campaignProgress").queryLabeled().getText().startsWith("0 of " + count));
        assertThat(robot.lookup("#campaignDecideButton").queryButton().isDisabled()).as("no item selected").isTrue();

        robot.interact(() -> window.session().signIn(data.rita));
        for (int i = 0; i < count; i++) {
            int index = i;
            waitUntil(() -> items.getItems().size() == count && items.getItems().get(index).isPending());
            robot.interact(() -> items.getSelectionModel().select(index));
            robot.clickOn("#campaignDecideButton");
            Stage decide = waitForWindow(robot, "Decide: " + items.getItems().get(index).item().integrationName());
            robot.clickOn((javafx.scene.Node) in(robot, decide, i == 0 ? "#decisionREVOKE" : "#decisionCERTIFY"));
            Button okDecide = robot.from(decide.getScene().getRoot()).lookup("#okButton").queryButton();
            assertThat(okDecide.isDisabled()).as("a decision needs a justification").isTrue();
            robot.clickOn((javafx.scene.Node) in(robot, decide, "#campaignJustificationField"))
                    .write(i == 0 ? "Replaced by the new help desk." : "Still in use, owners confirmed.");
            robot.clickOn(okDecide);
            waitUntil(() -> !decide.isShowing());
            waitUntil(() -> !items.getItems().get(index).isPending());
        }
        assertThat(items.getItems()).extracting(v -> v.item().decision())
                .containsOnly(Decision.REVOKE, Decision.CERTIFY);
        assertThat(items.getItems()).extracting(v -> v.item().decidedBy()).containsOnly("rita");

        robot.interact(() -> window.session().signIn(data.max));
        waitUntil(() -> !robot.lookup("#campaignCloseButton").queryButton().isDisabled());
        Path report = dir.resolve("reports/quarterly.json");
        files.fileToSave = Optional.of(new SaveTarget(report, new FileKind("JSON", List.of("*.json"))));
        robot.clickOn("#campaignCloseButton");
        Stage close = waitForWindow(robot, "Close and sign: Quarterly in-house review");
        TextField passphrase = (TextField) in(robot, close, "#campaignPassphraseField");
        robot.clickOn(passphrase).write(AttestTestData.PASSPHRASE);
        robot.clickOn((javafx.scene.Node) robot.from(close.getScene().getRoot()).lookup("#okButton").query());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("reports/quarterly.pdf")));
        SignedCampaignReport.Verification verification = SignedCampaignReport.verify(Files.readAllBytes(report));
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.signature().orElseThrow().signerUsername()).isEqualTo("max");
        assertThat(verification.report().orElseThrow().items()).hasSize(count);
        assertThat(Files.readString(dir.resolve("reports/quarterly.csv"))).contains("Replaced by the new help desk.");
        assertThat(window.services().campaigns().campaigns()).extracting(c -> c.status())
                .containsExactly(CampaignStatus.CLOSED);
    }
}
