package dev.steward.app.campaign;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.service.campaign.CampaignItemView;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/// The top of the review queue: the campaign items the signed-in person holds, first; Enter or a double-click
/// opens the decision dialog.
public final class MyCampaignItemsView {
    private final VBox root;

    public MyCampaignItemsView(CampaignsViewModel vm, CampaignDialogs dialogs) {
        TableView<CampaignItemView> table = new TableView<>(vm.mine());
        table.setId("myCampaignItems");
        table.getColumns().add(TextColumns.of("campaign.column.integration", "MyCampaignColumn",
                i -> i.item().integrationName(), 220));
        table.getColumns().add(TextColumns.of("tab.campaigns", "MyCampaignColumn",
                i -> i.campaign().name() + " · " + i.campaign().due(), 240));
        table.getColumns().add(TextColumns.of("campaign.column.holder", "MyCampaignColumn",
                i -> Messages.label(i.holder().level()), 200));
        table.setPlaceholder(new Label(Messages.get("campaign.queue.empty")));
        table.setPrefHeight(140);
        Runnable decide = () -> {
            CampaignItemView item = table.getSelectionModel().getSelectedItem();
            if (item != null) {
                dialogs.decide(vm, item).ifPresent(vm::decided);
            }
        };
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                decide.run();
                e.consume();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                decide.run();
            }
        });
        root = new VBox(4, new Label(Messages.get("campaign.queue.title")), table);
        root.setId("myCampaignItemsBox");
    }

    public Parent root() {
        return root;
    }
}
