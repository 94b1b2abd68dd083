package dev.steward.app.dialog;

import dev.steward.app.i18n.Messages;
import dev.steward.app.scene.TextColumns;
import dev.steward.model.csv.CsvProblem;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.function.Function;

/// Lists every problem of a file about to be imported (line, column, message) and offers to import only the
/// valid rows. Import-valid is never the default button: writing part of a file must be a deliberate choice.
final class ImportProblemsDialog {
    private ImportProblemsDialog() {
    }

    static boolean show(Window owner, String fileName, int validRows, List<CsvProblem> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("import.problems.title"));
        alert.setHeaderText(Messages.format("import.problems.header", fileName, problems.size()));
        TableView<CsvProblem> table = new TableView<>();
        table.setId("importProblemsTable");
        table.getColumns().add(column("import.problems.line", p -> p.line() == 0 ? "" : String.valueOf(p.line()), 60));
        table.getColumns().add(column("import.problems.column", p -> p.column() == null ? "" : p.column(), 150));
        table.getColumns().add(TextColumns.wrapping("import.problems.message", "ProblemColumn", CsvProblem::message, 460));
        table.getItems().setAll(problems);
        table.setPrefHeight(280);
        Label hint = new Label(validRows > 0 ? Messages.format("import.problems.hint", validRows)
                : Messages.get("import.problems.nothingValid"));
        hint.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(8, table, hint));
        alert.getDialogPane().setPrefWidth(720);
        ButtonType importValid = new ButtonType(Messages.format("import.problems.importValid", validRows),
                ButtonBar.ButtonData.OTHER);
        alert.getButtonTypes().setAll(ButtonType.CANCEL);
        if (validRows > 0) {
            alert.getButtonTypes().addFirst(importValid);
        }
        return alert.showAndWait().filter(importValid::equals).isPresent();
    }

    private static TableColumn<CsvProblem, String> column(String key, Function<CsvProblem, String> value, double width) {
        return TextColumns.of(key, "ProblemColumn", value, width);
    }
}
