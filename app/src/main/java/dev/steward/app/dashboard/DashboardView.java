package dev.steward.app.dashboard;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.dashboard.GapKind;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/// The dashboard tab: three charts (verdict, risk tier, lifecycle status) over the gaps list, which is read a block
/// at a time as it scrolls. Enter or a double-click on a gap opens its integration. When the register is empty it
/// shows the first-run greeting.
public final class DashboardView {
    private final DashboardViewModel viewModel;
    private final TableView<GapRow> gapsTable = new TableView<>();
    private final StackPane root;

    /// @param greeting shown instead of the dashboard while the register is empty
    public DashboardView(DashboardViewModel viewModel, Node greeting) {
        this.viewModel = viewModel;
        BorderPane content = new BorderPane();
        content.setTop(charts());
        content.setCenter(gaps());
        content.setPadding(new Insets(8));
        content.visibleProperty().bind(viewModel.emptyProperty().not());
        greeting.visibleProperty().bind(viewModel.emptyProperty());
        root = new StackPane(content, greeting);
        root.setId("dashboard");
    }

    public Parent root() {
        return root;
    }

    public TableView<GapRow> gapsTable() {
        return gapsTable;
    }

    static final String SINGLE_SLICE = "single-slice";

    private HBox charts() {
        PieChart verdicts = new PieChart();
        verdicts.setId("verdictChart");
        verdicts.setTitle(Messages.get("dashboard.chart.verdict"));
        verdicts.setLegendVisible(true);
        verdicts.setLabelsVisible(false);
        bindPie(verdicts, viewModel.byVerdict());
        BarChart<String, Number> tiers = barChart("tierChart", "dashboard.chart.tier", viewModel.byTier());
        BarChart<String, Number> statuses = barChart("statusChart", "dashboard.chart.status", viewModel.byStatus());
        for (var chart : new javafx.scene.chart.Chart[]{verdicts, tiers, statuses}) {
            chart.setPrefHeight(250);
            chart.setMinHeight(180);
            chart.setAnimated(false);
            HBox.setHgrow(chart, Priority.ALWAYS);
        }
        verdicts.setPrefWidth(320);
        tiers.setPrefWidth(320);
        statuses.setPrefWidth(460);
        return new HBox(8, verdicts, tiers, statuses);
    }

    private static void bindPie(PieChart chart, ObservableList<CountEntry> entries) {
        Runnable refresh = () -> {
            chart.getData().setAll(entries.stream()
                    .map(e -> new PieChart.Data(e.label() + " (" + e.count() + ")", e.count())).toList());
            // a lone slice is a full circle: its edge would draw a stray radius from the centre to the top
            chart.getStyleClass().remove(SINGLE_SLICE);
            if (chart.getData().size() == 1) {
                chart.getStyleClass().add(SINGLE_SLICE);
            }
        };
        entries.addListener((ListChangeListener<CountEntry>) c -> refresh.run());
        refresh.run();
    }

    private static BarChart<String, Number> barChart(String id, String titleKey, ObservableList<CountEntry> entries) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        // counts are whole: the axis is scaled by hand, as auto-ranging picks steps such as 0.25
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setTickLabelFormatter(new javafx.util.converter.NumberStringConverter("#,##0"));
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId(id);
        chart.setTitle(Messages.get(titleKey));
        chart.setLegendVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        Runnable refresh = () -> {
            series.getData().setAll(entries.stream()
                    .map(e -> new XYChart.Data<String, Number>(e.label(), e.count())).toList());
            CountScale scale = CountScale.forMax(entries.stream().mapToInt(CountEntry::count).max().orElse(0));
            y.setUpperBound(scale.upper());
            y.setTickUnit(scale.step());
        };
        entries.addListener((ListChangeListener<CountEntry>) c -> refresh.run());
        refresh.run();
        return chart;
    }

    private VBox gaps() {
        Label title = new Label(Messages.get("dashboard.gaps.title"));
        title.getStyleClass().add("section-title");
        Label summary = new Label();
        summary.setId("gapSummary");
        summary.textProperty().bind(viewModel.summaryProperty());

        ComboBox<GapKind> filter = new ComboBox<>();
        filter.setId("gapKindFilter");
        filter.getItems().add(null);
        filter.getItems().addAll(GapKind.values());
        filter.setButtonCell(kindCell());
        filter.setCellFactory(list -> kindCell());
        filter.valueProperty().bindBidirectional(viewModel.kindFilterProperty());
        Label filterLabel = new Label(Messages.get("dashboard.gaps.filter"));
        filterLabel.setLabelFor(filter);
        filterLabel.setMnemonicParsing(true);

        gapsTable.setId("gapsTable");
        gapsTable.getColumns().add(column("dashboard.gaps.column.kind", GapRow::kind, 220));
        gapsTable.getColumns().add(column("dashboard.gaps.column.integration", GapRow::integration, 240));
        gapsTable.getColumns().add(column("dashboard.gaps.column.detail", GapRow::detail, 460));
        gapsTable.setItems(viewModel.visibleGaps());
        viewModel.rowsRevisionProperty().addListener((obs, old, now) -> gapsTable.refresh());
        gapsTable.setPlaceholder(new Label(Messages.get("dashboard.gaps.none")));
        gapsTable.setRowFactory(tv -> {
            TableRow<GapRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        gapsTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(gapsTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        VBox.setVgrow(gapsTable, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary);
        HBox filterRow = new HBox(8, filterLabel, filter);
        VBox box = new VBox(6, header, filterRow, gapsTable);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private static ListCell<GapKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(GapKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("dashboard.gaps.all") : Messages.label(item));
            }
        };
    }

    private static TableColumn<GapRow, String> column(String key, Function<GapRow, String> value, double width) {
        // a row whose block is still being read is null: blank until it arrives
        return TextColumns.of(key, "GapColumn", row -> row == null ? "" : value.apply(row), width);
    }
}
