package dev.steward.app.editor;

import dev.steward.app.i18n.Messages;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Function;

/// An ordered list with Add, Edit, Remove, Up and Down, each item edited in a typed dialog.
/// Keyboard: Insert adds, Enter edits, Delete removes, Alt+Up/Down moves.
public final class ListEditor<T> extends VBox {
    private final ObservableList<T> items;
    private final ListView<T> list;
    private final Function<T, Optional<T>> editor;

    /// @param editor shows the item dialog; receives {@code null} for a new item
    public ListEditor(String id, ObservableList<T> items, Function<T, String> text, Function<T, Optional<T>> editor) {
        super(6);
        this.items = items;
        this.editor = editor;
        this.list = new ListView<>(items);
        list.setId(id + "List");
        list.setPrefHeight(120);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                edit();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.INSERT) {
                add();
            } else if (e.getCode() == KeyCode.ENTER) {
                edit();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            } else if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                move(-1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                move(1);
            } else {
                return;
            }
            e.consume();
        });
        BooleanBinding none = list.getSelectionModel().selectedItemProperty().isNull();
        Button add = button(id + "Add", "list.add", this::add);
        Button edit = button(id + "Edit", "list.edit", this::edit);
        edit.disableProperty().bind(none);
        Button remove = button(id + "Remove", "list.remove", this::remove);
        remove.disableProperty().bind(none);
        Button up = button(id + "Up", "list.up", () -> move(-1));
        up.disableProperty().bind(none);
        Button down = button(id + "Down", "list.down", () -> move(1));
        down.disableProperty().bind(none);
        getChildren().addAll(list, new HBox(6, add, edit, remove, up, down));
    }

    public ListView<T> listView() {
        return list;
    }

    public void setEditable(boolean editable) {
        setDisable(!editable);
    }

    private void add() {
        editor.apply(null).ifPresent(item -> {
            items.add(item);
            list.getSelectionModel().select(item);
        });
    }

    private void edit() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index < 0) {
            return;
        }
        editor.apply(items.get(index)).ifPresent(item -> {
            items.set(index, item);
            list.getSelectionModel().select(index);
        });
    }

    private void remove() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            items.remove(index);
        }
    }

    private void move(int delta) {
        int index = list.getSelectionModel().getSelectedIndex();
        int target = index + delta;
        if (index < 0 || target < 0 || target >= items.size()) {
            return;
        }
        T item = items.remove(index);
        items.add(target, item);
        list.getSelectionModel().select(target);
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
