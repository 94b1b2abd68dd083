package dev.steward.app.ui;

import dev.steward.service.access.Actor;
import dev.steward.app.scene.Appearance;
import dev.steward.app.scene.Theme;
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
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/// Takes the README's screenshots from the real app, with the sample data and a few attestations in it.
/// Runs only when asked:
/// `./mvnw25 -pl app -am test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false -Dsteward.screenshots=$PWD/docs/screenshots`
@EnabledIfSystemProperty(named = "steward.screenshots", matches = ".+")
class ScreenshotTour extends MainWindowTestBase {
    private static final char[] PASSWORD = "screenshot password".toCharArray();
    private static final char[] PASSPHRASE = "screenshot passphrase".toCharArray();

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void takeTheReadmeScreenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("steward.screenshots"));
        Files.createDirectories(out);
        robot.interact(() -> Appearance.shared().themeProperty().set(Theme.LIGHT));
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(760);
        });
        loadSampleData(robot);
        prepareAttestations(window.services().database());
        robot.interact(() -> window.viewModel().reload());
        waitUntil(() -> !window.viewModel().busyProperty().get());

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        select(robot, tabs, 0);
        save(stage.getScene(), out.resolve("register.png"));
        select(robot, tabs, 1);
        save(stage.getScene(), out.resolve("dashboard.png"));
        select(robot, tabs, 2);
        save(stage.getScene(), out.resolve("review-queue.png"));

        select(robot, tabs, 0);
        Integration attested = window.viewModel().serviceProperty().get().integrations().stream()
                .filter(i -> i.name().equals(attestedName)).findFirst().orElseThrow();
        robot.interact(() -> window.openAttestation(attested, () -> window.session().requireUser()));
        Stage attestation = waitForWindow(robot, "Controls & attestation — " + attested.name());
        robot.interact(() -> {
            attestation.setWidth(1180);
            attestation.setHeight(760);
        });
        pause();
        save(attestation.getScene(), out.resolve("controls.png"));
        robot.interact(attestation::close);

        robot.interact(() -> Appearance.shared().themeProperty().set(Theme.DARK));
        select(robot, tabs, 1);
        save(stage.getScene(), out.resolve("dashboard-dark.png"));
        robot.interact(() -> Appearance.shared().themeProperty().set(Theme.LIGHT));
    }

    private String attestedName;

    /// Two classified integrations: one signed by a manager, one submitted and waiting; a third returned.
    private void prepareAttestations(Database db) {
        UserService users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));
        User admin = users.user(ACTOR).orElseThrow();
        users.createUser(admin, "rita", "Rita Okafor", "Security analyst", Set.of(Role.REVIEWER), PASSWORD);
        User max = users.createUser(admin, "max", "Max Lindqvist", "CISO", Set.of(Role.MANAGER), PASSWORD);
        users.createSigningKey(max, PASSPHRASE);
        RegisterService register = new RegisterService(db, () -> "rita");
        List<Integration> all = register.integrations().stream()
                .filter(i -> i.sponsorId() != null && i.technicalOwnerId() != null && !i.isRetired()).toList();
        AtomicReference<User> acting = new AtomicReference<>(users.user("rita").orElseThrow());
        AttestationService attestations = new AttestationService(db, Actor.signedIn(acting::get), Clock.systemUTC(), ControlCatalog.builtIn());
        for (int n = 0; n < 3; n++) {
            Integration i = all.get(n);
            Integration classified = register.classify(i.id(), i.version(),
                    Answers.of(n == 0 ? SampleAnswers.writingAgent() : SampleAnswers.readOnlyCopilot())).integration();
            acting.set(users.user("rita").orElseThrow());
            attestations.assessments(classified.id()).forEach(a -> attestations.saveAssessment(classified.id(),
                    a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "In place and reviewed", a.version()));
            attestations.startDraft(classified.id());
            var submitted = attestations.submit(classified.id());
            acting.set(users.user("max").orElseThrow());
            if (n == 0) {
                attestations.sign(submitted.id(), PASSPHRASE);
                attestedName = classified.name();
            } else if (n == 2) {
                attestations.returnToReviewer(submitted.id(), "Attach the last revocation drill report");
            }
        }
    }

    private static void select(FxRobot robot, TabPane tabs, int index) {
        robot.interact(() -> tabs.getSelectionModel().select(index));
        pause();
    }

    private static void pause() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /// Scene snapshot to PNG through AWT, so no javafx.swing module is needed.
    private static void save(Scene scene, Path file) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> shot.set(scene.snapshot(null))).get();
        WritableImage image = shot.get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
    }
}
