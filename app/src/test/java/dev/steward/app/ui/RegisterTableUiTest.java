package dev.steward.app.ui;

import dev.steward.app.register.IntegrationRow;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.service.register.RegisterService;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/// The register table sorts and filters in the database: header clicks, the header's filter menu and
/// "clear search and filters", through the real window.
class RegisterTableUiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aHeaderFilterNarrowsTheRowsAndSaysSoUntilCleared(FxRobot robot) throws Exception {
        loadSampleData(robot);
        int total = window.viewModel().totalCount();
        long mcpServers = service().integrations().stream().filter(i -> i.kind() == IntegrationKind.MCP_SERVER).count();
        assertThat(mcpServers).isBetween(1L, (long) total - 1);

        TableColumn<IntegrationRow, ?> kind = column(robot, "kindColumn");
        robot.rightClickOn(robot.lookup(".column-header").match(n -> n.getId() != null && n.getId().equals("kindColumn"))
                .queryAs(javafx.scene.Node.class));
        ContextMenu menu = kind.getContextMenu();
        waitUntil(menu::isShowing);
        CheckMenuItem mcp = (CheckMenuItem) menu.getItems().stream()
                .filter(i -> "filterMCP_SERVER".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(() -> {
            mcp.setSelected(true);
            mcp.fire();
            menu.hide();
        });

        waitUntil(() -> table(robot).getItems().size() == mcpServers);
        assertThat(rows(robot)).allSatisfy(r -> assertThat(r.integration().kind()).isEqualTo(IntegrationKind.MCP_SERVER));
        assertThat(kind.getText()).isEqualTo("Kind (1)");
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText())
                .isEqualTo(mcpServers + " of " + total + " integrations match the search and filters");

        robot.clickOn("#registerTable").press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F).release(KeyCode.F, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> table(robot).getItems().size() == total);
        assertThat(kind.getText()).isEqualTo("Kind");
        assertThat(mcp.isSelected()).isFalse();
    }

    @Test
    void reversingTheNameSortReordersInTheDatabaseIgnoringCase(FxRobot robot) throws Exception {
        loadSampleData(robot);
        List<String> names = service().integrations().stream().map(Integration::name)
                .sorted(String.CASE_INSENSITIVE_ORDER.reversed()).toList();

        // What a click on the sorted header does. The click itself cannot be sent here: JavaFX's headless
        // platform reports every mouse press as a popup trigger, and a header ignores those.
        TableColumn<IntegrationRow, ?> name = column(robot, "nameColumn");
        robot.interact(() -> name.setSortType(TableColumn.SortType.DESCENDING));

        waitUntil(() -> !window.viewModel().queryProperty().get().ascending());
        waitUntil(() -> names.getFirst().equals(rows(robot).getFirst().name()));
        assertThat(rows(robot)).extracting(IntegrationRow::name).containsExactlyElementsOf(names);
    }

    @Test
    void aSearchThatMatchesNothingOffersToClearIt(FxRobot robot) throws Exception {
        loadSampleData(robot);
        int total = window.viewModel().totalCount();
        robot.clickOn("#searchField").write("nothing-is-called-this");
        waitUntil(() -> table(robot).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#clearFiltersButton");

        waitUntil(() -> table(robot).getItems().size() == total);
        assertThat(robot.lookup("#searchField").queryTextInputControl().getText()).isEmpty();
    }

    private RegisterService service() {
        return window.viewModel().serviceProperty().get();
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<IntegrationRow, ?> column(FxRobot robot, String id) {
        return table(robot).getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    /// The table's rows as the FX thread sees them (the sample register fits in one block).
    private static List<IntegrationRow> rows(FxRobot robot) {
        AtomicReference<List<IntegrationRow>> rows = new AtomicReference<>();
        robot.interact(() -> rows.set(List.copyOf(table(robot).getItems())));
        return rows.get();
    }
}
