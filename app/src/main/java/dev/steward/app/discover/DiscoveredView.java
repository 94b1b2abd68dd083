package dev.steward.app.discover;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/// The Discovered tab: actions above a table of findings. Only binds and forwards: state is the view model's.
/// Enter registers the selected new finding, Delete dismisses it.
public final class DiscoveredView {
    private final VBox root;

    public DiscoveredView(DiscoveredViewModel viewModel) {
        Button discover = new Button(Messages.get("discovered.discover"));
        discover.setId("discoverButton");
        discover.setOnAction(e -> viewModel.discoverFiles());
        Button folder = new Button(Messages.get("discovered.discoverFolder"));
        folder.setId("discoverFolderButton");
        folder.setOnAction(e -> viewModel.discoverFolder());
        Button register = new Button(Messages.get("discovered.register"));
        register.setId("registerFindingButton");
        register.disableProperty().bind(viewModel.canRegisterProperty().not());
        register.setOnAction(e -> viewModel.registerSelected());
        Button dismiss = new Button(Messages.get("discovered.dismiss"));
        dismiss.setId("dismissFindingButton");
        dismiss.disableProperty().bind(viewModel.canDismissProperty().not());
        dismiss.setOnAction(e -> viewModel.dismissSelected());
        CheckBox showDismissed = new CheckBox(Messages.get("discovered.showDismissed"));
        showDismissed.setId("showDismissedBox");
        showDismissed.selectedProperty().bindBidirectional(viewModel.showDismissedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, discover, folder, gap, showDismissed, register, dismiss);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("discoveredSummary");
        summary.textProperty().bind(viewModel.summaryProperty());

        TableView<FindingRow> table = new TableView<>(viewModel.visibleRows());
        table.setId("discoveredTable");
        table.getColumns().add(column("discovered.column.status", FindingRow::status, 130));
        table.getColumns().add(column("discovered.column.name", FindingRow::name, 180));
        table.getColumns().add(column("discovered.column.kind", FindingRow::kind, 140));
        table.getColumns().add(column("discovered.column.registeredAs", FindingRow::registeredAs, 140));
        table.getColumns().add(column("discovered.column.flags", FindingRow::flags, 220));
        table.getColumns().add(column("discovered.column.changes", FindingRow::changes, 260));
        table.getColumns().add(column("discovered.column.sources", FindingRow::sources, 320));
        Label empty = new Label();
        empty.textProperty().bind(viewModel.summaryProperty());
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> viewModel.selectedProperty().set(now));
        viewModel.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.registerSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.dismissSelected();
                e.consume();
            }
        });
        root = new VBox(8, actions, summary, table);
        root.setPadding(new Insets(8));
        root.setId("discoveredPane");
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }

    private static TableColumn<FindingRow, String> column(String key, Function<FindingRow, String> value, double width) {
        return TextColumns.of(key, "DiscoveredColumn", value, width);
    }
}
