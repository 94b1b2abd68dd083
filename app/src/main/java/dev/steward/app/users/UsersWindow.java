package dev.steward.app.users;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.SceneFactory;
import dev.steward.app.scene.TextColumns;
import dev.steward.app.users.UsersViewModel.UserRow;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/// The administrator's list of accounts: create, change roles, deactivate.
public final class UsersWindow {
    private UsersWindow() {
    }

    public static Stage open(Window owner, UsersViewModel viewModel, UiExecutor executor) {
        BorderPane root = new BorderPane();
        Stage stage = SceneFactory.secondaryStage(owner, Messages.get("users.title"), SceneFactory.scene(root, 820, 420));
        AccountDialogs dialogs = new AccountDialogs(stage, executor, viewModel.service());

        TableView<UserRow> table = new TableView<>(viewModel.rows());
        table.setId("usersTable");
        table.getColumns().add(column("users.column.username", r -> r.user().username(), 120));
        table.getColumns().add(column("users.column.name", r -> r.user().displayName(), 170));
        table.getColumns().add(column("users.column.title", r -> r.user().title(), 140));
        table.getColumns().add(column("users.column.roles", UserRow::roles, 170));
        table.getColumns().add(column("users.column.active", r -> yesNo(r.user().active()), 70));
        table.getColumns().add(column("users.column.signingKey", r -> yesNo(r.hasSigningKey()), 90));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> viewModel.selectedProperty().set(row));

        BooleanBinding noSelection = viewModel.selectedProperty().isNull().or(viewModel.busyProperty());
        Button create = button("createUserButton", "users.create", () ->
                dialogs.createUser(viewModel.admin()).ifPresent(viewModel::saved));
        create.disableProperty().bind(viewModel.busyProperty());
        Button roles = button("changeRolesButton", "users.roles", () ->
                dialogs.changeRoles(viewModel.admin(), viewModel.selectedProperty().get().user())
                        .ifPresent(viewModel::saved));
        roles.disableProperty().bind(noSelection);
        Button deactivate = button("deactivateUserButton", "users.deactivate", viewModel::deactivateSelected);
        deactivate.disableProperty().bind(noSelection);

        root.setCenter(table);
        root.setTop(new ToolBar(create, roles, deactivate));
        BorderPane.setMargin(table, new Insets(4));
        stage.show();
        viewModel.reload();
        return stage;
    }

    private static String yesNo(boolean value) {
        return Messages.get(value ? "generic.yes" : "generic.no");
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static javafx.scene.control.TableColumn<UserRow, String> column(String key, Function<UserRow, String> value,
                                                                           double width) {
        return TextColumns.of(key, "Column", value, width);
    }
}
