package dev.steward.app.ui;

import dev.steward.app.concurrent.FxUiExecutor;
import dev.steward.app.dashboard.DashboardView;
import dev.steward.app.dashboard.DashboardViewModel;
import dev.steward.app.scene.SceneFactory;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// The dashboard's charts with a small register (issue 16: a lone pie slice drew a stray line, and the count
/// axes counted in steps of 0.25).
@ExtendWith(ApplicationExtension.class)
class DashboardChartsUiTest {
    @TempDir
    static Path dir;
    private final FxUiExecutor executor = new FxUiExecutor();
    private final DashboardViewModel viewModel = new DashboardViewModel(Clock.systemUTC(), id -> { }, executor,
            e -> { throw new AssertionError(e); });
    private Database database;

    @AfterEach
    void close() {
        executor.shutdown(Duration.ofSeconds(10));
        database.close();
    }

    @Start
    void start(Stage stage) {
        database = Database.open(dir.resolve("charts"));
        stage.setScene(SceneFactory.scene(new DashboardView(viewModel, new Label()).root(), 900, 600));
        stage.show();
    }

    @Test
    void twoUnclassifiedIntegrationsDrawOneCleanSliceAndWholeTicks(FxRobot robot) throws Exception {
        RegisterService service = new RegisterService(database, () -> "tester");
        for (String name : List.of("A", "B")) {
            service.create(new Integration(0, 0, name, "Purpose of " + name, null, IntegrationKind.MCP_SERVER, null,
                    null, Integration.draft(name, IntegrationKind.MCP_SERVER).status(), null, null, null, null, null,
                    null, null, null, null, null, null));
        }
        robot.interact(() -> viewModel.refresh(service));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                viewModel.byStatus().stream().mapToInt(e -> e.count()).sum() == 2).get());
        WaitForAsyncUtils.waitForFxEvents();

        PieChart pie = robot.lookup("#verdictChart").queryAs(PieChart.class);
        assertThat(pie.getData()).hasSize(1);
        Region slice = (Region) pie.getData().getFirst().getNode();
        robot.interact(slice::applyCss);
        assertThat(slice.getBorder() == null || slice.getBorder().getStrokes().stream()
                .allMatch(s -> Color.TRANSPARENT.equals(s.getTopStroke()))).as("no edge on a lone slice").isTrue();

        BarChart<?, ?> statuses = robot.lookup("#statusChart").queryAs(BarChart.class);
        robot.interact(() -> statuses.layout());
        List<? extends Axis.TickMark<?>> ticks = statuses.getYAxis().getTickMarks();
        assertThat(ticks).isNotEmpty().allSatisfy(t -> {
            double value = ((Number) t.getValue()).doubleValue();
            assertThat(value).isEqualTo(Math.rint(value));
        });
        assertThat(ticks).extracting(t -> ((Number) t.getValue()).intValue()).containsExactly(0, 1, 2);
    }
}
