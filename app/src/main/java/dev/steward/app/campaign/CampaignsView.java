package dev.steward.app.campaign;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignProgress;
import dev.steward.service.campaign.CampaignItemView;
import dev.steward.storage.StoredSuccession;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.ZoneOffset;

/// The Campaigns tab: campaigns on the left; on the right the selected one's progress, burn-down chart and items
/// (who decides, who holds it now, the decision), with New, Decide, Close and sign, and Export report; below,
/// the succession proposals waiting for a confirmation. Only binds and forwards: the work is the view model's.
public final class CampaignsView {
    private final CampaignsViewModel vm;
    private final CampaignDialogs dialogs;
    private final ListView<Campaign> list = new ListView<>();
    private final TableView<CampaignItemView> items = new TableView<>();
    private final TableView<StoredSuccession> successions = new TableView<>();
    private final SplitPane root;

    /// @param mayManage  true while the signed-in account may create and close campaigns
    /// @param mayDecide  true while it may decide campaign items
    /// @param mayEdit    true while it may edit integrations (confirm a succession)
    public CampaignsView(CampaignsViewModel vm, CampaignDialogs dialogs, BooleanExpression mayManage,
                         BooleanExpression mayDecide, BooleanExpression mayEdit) {
        this.vm = vm;
        this.dialogs = dialogs;
        list.setId("campaignList");
        list.setItems(vm.campaigns());
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Campaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Messages.format("campaign.list.entry", c.name(), c.due(),
                        Messages.label(c.status())));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.selectedProperty().set(now);
            }
        });
        vm.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.setPlaceholder(new Label(Messages.get("campaign.list.empty")));

        Button create = button("campaignNewButton", "campaign.button.new", () -> dialogs.create(vm).ifPresent(vm::created));
        create.disableProperty().bind(mayManage.not());
        Button decide = button("campaignDecideButton", "campaign.button.decide", this::decideSelected);
        decide.disableProperty().bind(mayDecide.not().or(Bindings.createBooleanBinding(() -> {
            CampaignItemView item = items.getSelectionModel().getSelectedItem();
            return item == null || !item.isPending();
        }, items.getSelectionModel().selectedItemProperty(), vm.items())));
        Button close = button("campaignCloseButton", "campaign.button.close",
                () -> dialogs.close(vm).ifPresent(vm::closed));
        close.disableProperty().bind(mayManage.not().or(vm.closableProperty().not()));
        Button export = button("campaignExportButton", "campaign.button.export", vm::exportReport);
        export.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedProperty().get() == null
                || vm.selectedProperty().get().isOpen(), vm.selectedProperty()));
        HBox actions = new HBox(8, create, decide, close, export);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label progress = new Label();
        progress.setId("campaignProgress");
        progress.setWrapText(true);
        progress.textProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("campaignStatus");
        status.textProperty().bind(vm.statusProperty());

        VBox details = new VBox(8, actions, progress, burnDownChart(), itemsTable(), status,
                new Label(Messages.get("campaign.successions")), successionsTable(mayEdit));
        details.setPadding(new Insets(8));
        VBox.setVgrow(items, Priority.ALWAYS);
        root = new SplitPane(list, details);
        root.setDividerPositions(0.25);
        root.setId("campaignsView");
    }

    public Parent root() {
        return root;
    }

    private void decideSelected() {
        CampaignItemView item = items.getSelectionModel().getSelectedItem();
        if (item != null && item.isPending()) {
            dialogs.decide(vm, item).ifPresent(vm::decided);
        }
    }

    private LineChart<Number, Number> burnDownChart() {
        NumberAxis days = new NumberAxis();
        days.setLabel(Messages.get("campaign.chart.days"));
        days.setForceZeroInRange(true);
        NumberAxis remaining = new NumberAxis();
        remaining.setLabel(Messages.get("campaign.chart.remaining"));
        remaining.setForceZeroInRange(true);
        LineChart<Number, Number> chart = new LineChart<>(days, remaining);
        chart.setId("campaignBurnDown");
        chart.setTitle(Messages.get("campaign.chart.title"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(180);
        chart.setMinHeight(140);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        chart.getData().add(series);
        vm.burnDown().addListener((ListChangeListener<CampaignProgress.Point>) change -> {
            series.getData().clear();
            if (vm.burnDown().isEmpty()) {
                return;
            }
            LocalDate first = vm.burnDown().getFirst().day();
            for (CampaignProgress.Point p : vm.burnDown()) {
                series.getData().add(new XYChart.Data<>(java.time.temporal.ChronoUnit.DAYS.between(first, p.day()),
                        p.remaining()));
            }
        });
        return chart;
    }

    private TableView<CampaignItemView> itemsTable() {
        items.setId("campaignItems");
        items.getColumns().add(TextColumns.of("campaign.column.integration", "CampaignColumn",
                i -> i.item().integrationName(), 200));
        items.getColumns().add(TextColumns.of("campaign.column.decider", "CampaignColumn", CampaignItemView::deciderName, 140));
        items.getColumns().add(TextColumns.of("campaign.column.holder", "CampaignColumn", CampaignsView::holder, 170));
        items.getColumns().add(TextColumns.of("campaign.column.decision", "CampaignColumn", CampaignsView::decision, 150));
        items.getColumns().add(TextColumns.of("campaign.column.justification", "CampaignColumn",
                i -> i.item().justification() == null ? "" : i.item().justification(), 260));
        items.setItems(vm.items());
        items.setPlaceholder(new Label(Messages.get("campaign.items.empty")));
        items.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                decideSelected();
                e.consume();
            }
        });
        return items;
    }

    private VBox successionsTable(BooleanExpression mayEdit) {
        successions.setId("campaignSuccessions");
        successions.getColumns().add(TextColumns.of("campaign.succession.integration", "SuccessionColumn",
                s -> s.proposal().integrationName(), 200));
        successions.getColumns().add(TextColumns.of("campaign.succession.role", "SuccessionColumn",
                s -> Messages.label(s.proposal().role()), 130));
        successions.getColumns().add(TextColumns.of("campaign.succession.leaver", "SuccessionColumn",
                s -> personName(s.proposal().leaverId()), 150));
        successions.getColumns().add(TextColumns.of("campaign.succession.successor", "SuccessionColumn",
                s -> s.proposal().successorId() == null ? Messages.get("campaign.succession.nobody")
                        : personName(s.proposal().successorId()) + " (" + Messages.label(s.proposal().basis()) + ")", 220));
        successions.setItems(vm.successions());
        successions.setPrefHeight(130);
        successions.setPlaceholder(new Label(Messages.get("campaign.succession.none")));
        Button confirm = button("successionConfirmButton", "campaign.succession.confirm",
                () -> vm.confirm(successions.getSelectionModel().getSelectedItem()));
        confirm.disableProperty().bind(mayEdit.not().or(Bindings.createBooleanBinding(() -> {
            StoredSuccession s = successions.getSelectionModel().getSelectedItem();
            return s == null || s.proposal().successorId() == null;
        }, successions.getSelectionModel().selectedItemProperty())));
        return new VBox(4, successions, confirm);
    }

    private String personName(long id) {
        return vm.people().stream().filter(p -> p.id() == id).map(p -> p.name()).findFirst().orElse("#" + id);
    }

    private static String holder(CampaignItemView item) {
        if (item.holder() == null) {
            return "";
        }
        String overdue = item.overdue(LocalDate.now(ZoneOffset.UTC)) ? " · " + Messages.get("campaign.overdue") : "";
        return item.holderName() + " (" + Messages.label(item.holder().level()) + ")" + overdue;
    }

    private static String decision(CampaignItemView item) {
        if (!item.item().isDecided()) {
            return Messages.get("campaign.pending");
        }
        return Messages.label(item.item().decision()) + " · " + item.item().decidedBy()
                + (item.needsEdit() ? " · " + Messages.get("campaign.needsEdit") : "");
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
