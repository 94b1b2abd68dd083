package dev.steward.app.scene;

import dev.steward.app.i18n.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.util.function.Function;

/// Read-only text columns for tables of records: header from the bundle, id from the key, value from a getter.
public final class TextColumns {
    private TextColumns() {
    }

    /// The column id is the key's last part plus {@code idSuffix}, so UI tests can find it.
    public static <T> TableColumn<T, String> of(String key, String idSuffix, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(Messages.get(key));
        column.setId(key.substring(key.lastIndexOf('.') + 1) + idSuffix);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /// Like {@link #of}, with text that wraps at the column's width (the row grows) instead of being cut off.
    public static <T> TableColumn<T, String> wrapping(String key, String idSuffix, Function<T, String> value, double width) {
        TableColumn<T, String> column = of(key, idSuffix, value, width);
        column.setCellFactory(c -> new TableCell<>() {
            {
                setWrapText(true);
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return column;
    }
}
