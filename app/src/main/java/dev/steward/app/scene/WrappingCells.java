package dev.steward.app.scene;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

import java.util.function.Function;

/// List cells whose text wraps at the list's width, so a long message reads on several lines instead of one
/// line that has to be scrolled sideways.
public final class WrappingCells {
    private WrappingCells() {
    }

    public static <T> void apply(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                // a cell that asks for no width of its own is laid out at the list's width, and wraps there
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }
}
