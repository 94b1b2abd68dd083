package dev.steward.app.ui;

import dev.steward.service.access.Actor;
import dev.steward.app.scene.Appearance;
import dev.steward.app.scene.Theme;
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
import java.util.concurrent.atomic.AtomicReference;

/// Takes the README's screenshots from the real app, with the sample data and a few attestations in it.
/// Runs only when asked:
/// `./mvnw25 -pl app -am test -Dtest=ScreenshotTour -Dsurefire.failIfNoSpecifiedTests=false -Dsteward.screenshots=$PWD/docs/screenshots`
@EnabledIfSystemProperty(named = "steward.screenshots", matches = ".+")
class ScreenshotTour extends MainWindowTestBase {

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

    /// A signed sample attestation (the sample data brings attestations in every state).
    private final String attestedName = "Invoice triage agent";

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
