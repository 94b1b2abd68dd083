package dev.steward.app.people;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.app.scene.SceneFactory;
import dev.steward.model.register.Person;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/// Lists sponsors and owners; New and Edit open the person dialog (where "has left" is set).
public final class PeopleWindow {
    private final PeopleViewModel vm;
    private final TableView<Person> table = new TableView<>();
    private final Stage stage;

    private PeopleWindow(Window owner, PeopleViewModel vm) {
        this.vm = vm;
        table.setId("peopleTable");
        table.setItems(vm.people());
        table.getColumns().add(column("people.column.name", Person::name, 200));
        table.getColumns().add(column("people.column.title", p -> p.title() == null ? "" : p.title(), 180));
        table.getColumns().add(column("people.column.department", p -> p.department() == null ? "" : p.department(), 140));
        table.getColumns().add(column("people.column.email", p -> p.email() == null ? "" : p.email(), 200));
        table.getColumns().add(column("people.column.status",
                p -> Messages.get(p.hasLeft() ? "people.status.left" : "people.status.active"), 90));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                edit();
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                edit();
            }
        });
        Button add = new Button(Messages.get("people.button.new"));
        add.setId("newPersonButton");
        add.setOnAction(e -> PersonDialog.show(table.getScene().getWindow(), null, vm.people(), vm.executor(), vm::store)
                .ifPresent(vm::stored));
        Button edit = new Button(Messages.get("people.button.edit"));
        edit.setId("editPersonButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        HBox buttons = new HBox(8, add, edit);
        BorderPane root = new BorderPane(table);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(8));
        stage = SceneFactory.secondaryStage(owner, Messages.get("people.title"), SceneFactory.scene(root, 860, 480));
    }

    public static PeopleWindow open(Window owner, PeopleViewModel vm) {
        PeopleWindow window = new PeopleWindow(owner, vm);
        window.stage.show();
        return window;
    }

    private void edit() {
        Person selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            PersonDialog.show(stage, selected, vm.people(), vm.executor(), vm::store).ifPresent(vm::stored);
        }
    }

    private static TableColumn<Person, String> column(String key, Function<Person, String> value, double width) {
        return TextColumns.of(key, "PersonColumn", value, width);
    }
}
