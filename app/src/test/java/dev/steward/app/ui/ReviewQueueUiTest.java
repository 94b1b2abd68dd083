package dev.steward.app.ui;

import dev.steward.service.access.Actor;
import dev.steward.app.queue.QueueCategory;
import dev.steward.app.queue.QueueRow;
import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.classification.Answers;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.model.sample.SampleAnswers;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueUiTest extends MainWindowTestBase {
    private static final char[] PASSWORD = "correct horse battery".toCharArray();


    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void submittedAndReturnedAttestationsWaitInTheQueueAndOpenTheirAttestation(FxRobot robot) throws Exception {
        loadSampleData(robot);
        Database db = window.services().database();
        List<Integration> integrations = new RegisterService(db, () -> ACTOR).integrations();
        Integration waiting = submit(db, integrations.get(0), false);
        Integration returned = submit(db, integrations.get(1), true);

        robot.interact(() -> window.viewModel().reload());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        waitUntil(() -> "queueTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        TableView<QueueRow> table = robot.lookup("#queueTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);

        assertThat(table.getItems()).extracting(QueueRow::integration, QueueRow::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple(waiting.name(), QueueCategory.AWAITING_SIGNATURE),
                org.assertj.core.groups.Tuple.tuple(returned.name(), QueueCategory.RETURNED));
        assertThat(table.getItems().get(1).detail()).isEqualTo("Attach the drill report");

        assertThat(table.getItems()).extracting(QueueRow::who).containsExactly("Rita Reviewer", "Max Manager");
        // the number steward export --attestation takes is a column of its own
        TableColumn<QueueRow, ?> number = table.getColumns().stream()
                .filter(c -> "Attestation".equals(c.getText())).findFirst().orElseThrow();
        assertThat(number.getCellData(0)).isEqualTo(Long.toString(table.getItems().get(0).attestation().attestationId()));

        ComboBox<QueueCategory> filter = robot.lookup("#queueCategoryFilter").queryComboBox();
        robot.interact(() -> filter.setValue(QueueCategory.RETURNED));
        assertThat(table.getItems()).extracting(QueueRow::integration).containsExactly(returned.name());

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        Stage attestation = waitForWindow(robot, "Controls & attestation \u2014 " + returned.name());
        assertThat(window.viewModel().selectedProperty().get().id()).isEqualTo(returned.id());
        robot.interact(attestation::close);

        // waiting for a manager: the row opens the sign-off, not the record
        robot.interact(() -> filter.setValue(QueueCategory.AWAITING_SIGNATURE));
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        Stage signOff = waitForWindow(robot, "Controls & attestation \u2014 " + waiting.name());
        TabPane attestTabs = robot.from(signOff.getScene().getRoot()).lookup("#attestTabs").queryAs(TabPane.class);
        waitUntil(() -> "attestationTab".equals(attestTabs.getSelectionModel().getSelectedItem().getId()));
        assertThat(robot.listWindows()).noneMatch(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("Integration: "));
        robot.interact(signOff::close);
    }

    /// Classifies, assesses every applicable control and submits as a reviewer; optionally a manager returns it.
    private static Integration submit(Database db, Integration integration, boolean thenReturn) {
        UserService users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));
        if (users.user("rita").isEmpty()) {
            User admin = users.user(ACTOR).orElseThrow(); // the base signs in an administrator
            users.createUser(admin, "rita", "Rita Reviewer", "Analyst", Set.of(Role.REVIEWER), PASSWORD);
            users.createUser(admin, "max", "Max Manager", "CISO", Set.of(Role.MANAGER), PASSWORD);
        }
        RegisterService register = new RegisterService(db, () -> "rita");
        Integration classified = register.classify(integration.id(), integration.version(), Answers.of(SampleAnswers.readOnlyCopilot()))
                .integration();
        AtomicReference<User> acting = new AtomicReference<>(users.user("rita").orElseThrow());
        AttestationService attestations = new AttestationService(db, Actor.signedIn(acting::get), Clock.systemUTC(), ControlCatalog.builtIn());
        attestations.assessments(classified.id()).forEach(a -> attestations.saveAssessment(classified.id(),
                a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "in place", a.version()));
        attestations.startDraft(classified.id());
        var submitted = attestations.submit(classified.id());
        if (thenReturn) {
            acting.set(users.user("max").orElseThrow());
            attestations.returnToReviewer(submitted.id(), "Attach the drill report");
        }
        return classified;
    }
}
