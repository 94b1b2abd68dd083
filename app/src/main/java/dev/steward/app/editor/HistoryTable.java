package dev.steward.app.editor;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.storage.AuditEvent;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/// Read-only table of a record's audit trail: who changed which field, when, from what to what.
final class HistoryTable {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private HistoryTable() {
    }

    static TableView<AuditEvent> of(ObservableList<AuditEvent> events) {
        TableView<AuditEvent> table = new TableView<>(events);
        table.setId("historyTable");
        table.setPlaceholder(new Label(Messages.get("history.empty")));
        table.getColumns().add(column("history.column.at", e -> WHEN.format(e.at()), 140));
        table.getColumns().add(column("history.column.actor", AuditEvent::actor, 90));
        table.getColumns().add(column("history.column.action", e -> HistoryText.action(e.action()), 80));
        table.getColumns().add(column("history.column.field", e -> HistoryText.field(e.field()), 160));
        table.getColumns().add(column("history.column.old", e -> HistoryText.value(e.field(), e.oldValue()), 150));
        table.getColumns().add(column("history.column.new", e -> HistoryText.value(e.field(), e.newValue()), 150));
        return table;
    }

    private static TableColumn<AuditEvent, String> column(String key, Function<AuditEvent, String> value, double width) {
        return TextColumns.of(key, "HistoryColumn", value, width);
    }
}
