package dev.steward.app.queue;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.attestation.QueueCategory;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/// The review queue tab: filters above a table whose rows are read a block at a time as they are scrolled to;
/// Enter or a double-click opens the integration.
public final class ReviewQueueView {
    /// Dates as everywhere in the app: ISO, e.g. 2027-03-15.
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
    private final ReviewQueueViewModel viewModel;
    private final TableView<QueueRow> table = new TableView<>();
    private final VBox root;

    public ReviewQueueView(ReviewQueueViewModel viewModel) {
        this.viewModel = viewModel;
        Label summary = new Label();
        summary.setId("queueSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        root = new VBox(8, filters(), summary, table());
        root.setPadding(new Insets(8));
        root.setId("reviewQueue");
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    public Parent root() {
        return root;
    }

    private HBox filters() {
        ComboBox<QueueCategory> category = new ComboBox<>();
        category.setId("queueCategoryFilter");
        category.getItems().add(null);
        category.getItems().addAll(QueueCategory.values());
        category.setButtonCell(categoryCell());
        category.setCellFactory(list -> categoryCell());
        category.valueProperty().bindBidirectional(viewModel.categoryProperty());
        Label categoryLabel = label("queue.filter.category", category);

        Spinner<Integer> due = new Spinner<>(1, 365, viewModel.dueWithinDaysProperty().get(), 15);
        due.setId("queueDueWithin");
        due.setEditable(true);
        due.setPrefWidth(90);
        due.valueProperty().addListener((obs, old, now) -> viewModel.dueWithinDaysProperty().set(now));
        Label dueLabel = label("queue.filter.due", due);

        TextField search = new TextField();
        search.setId("queueSearch");
        search.setPromptText(Messages.get("queue.filter.search"));
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        HBox box = new HBox(8, categoryLabel, category, dueLabel, due, search);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private TableView<QueueRow> table() {
        table.setId("queueTable");
        table.getColumns().add(column("queue.column.category", QueueRow::categoryLabel, 190));
        table.getColumns().add(column("queue.column.integration", QueueRow::integration, 240));
        table.getColumns().add(column("queue.column.number", r -> Long.toString(r.attestationId()), 90));
        table.getColumns().add(column("queue.column.who", QueueRow::who, 150));
        table.getColumns().add(column("queue.column.since", r -> r.since() == null ? "" : WHEN.format(r.since()), 120));
        table.getColumns().add(column("queue.column.detail", QueueRow::detail, 340));
        table.setItems(viewModel.visibleRows());
        viewModel.rowsRevisionProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.textProperty().bind(viewModel.summaryProperty());
        table.setPlaceholder(empty);
        table.setRowFactory(tv -> {
            TableRow<QueueRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        return table;
    }

    private static Label label(String key, javafx.scene.Node target) {
        Label label = new Label(Messages.get(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(target);
        return label;
    }

    private static ListCell<QueueCategory> categoryCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(QueueCategory item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("queue.filter.all") : Messages.label(item));
            }
        };
    }

    private static TableColumn<QueueRow, String> column(String key, Function<QueueRow, String> value, double width) {
        // a row whose block is still being read is null: blank until it arrives
        return TextColumns.of(key, "QueueColumn", row -> row == null ? "" : value.apply(row), width);
    }
}
