package dev.steward.app.people;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Person;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.Optional;
import java.util.function.UnaryOperator;

/// Creates or edits a person. OK stores it (off the UI thread, through `store`); when the store refuses it (a
/// malformed email, an email someone else has), the dialog stays open with everything typed, says why and marks
/// the field.
public final class PersonDialog {
    private PersonDialog() {
    }

    /// @param current the person to edit, or {@code null} for a new one
    /// @param store   saves the person (id kept from `current`, 0 for a new one) and returns what was stored;
    ///                called off the UI thread
    /// @return the stored person, or empty when cancelled
    public static Optional<Person> show(Window owner, Person current, UiExecutor executor, UnaryOperator<Person> store) {
        return show(owner, current, java.util.List.of(), executor, store);
    }

    /// As above, with `people` to choose the person's manager from (succession falls back to the manager when an
    /// integration of a leaver has no active backup owner).
    public static Optional<Person> show(Window owner, Person current, java.util.List<Person> people, UiExecutor executor,
                                        UnaryOperator<Person> store) {
        FormDialog<Person> dialog = new FormDialog<>(owner,
                Messages.get(current == null ? "person.dialog.title.new" : "person.dialog.title.edit"));
        TextField name = dialog.named("name", dialog.row("person.dialog.name",
                field("personNameField", current == null ? "" : current.name())));
        TextField email = dialog.named("email", dialog.row("person.dialog.email",
                field("personEmailField", current == null ? null : current.email())));
        TextField title = dialog.named("title", dialog.row("person.dialog.jobTitle",
                field("personTitleField", current == null ? null : current.title())));
        TextField department = dialog.named("department", dialog.row("person.dialog.department",
                field("personDepartmentField", current == null ? null : current.department())));
        javafx.scene.control.ComboBox<Person> manager = dialog.named("managerId", dialog.row("person.dialog.manager",
                managerChoice(current, people)));
        CheckBox left = dialog.row("person.dialog.left", new CheckBox(Messages.get("person.dialog.left.check")));
        left.setId("personLeftCheck");
        left.setSelected(current != null && current.hasLeft());
        return dialog.submit(Bindings.createBooleanBinding(() -> !name.getText().isBlank(), name.textProperty()),
                executor, () -> {
                    Person typed = new Person(current == null ? 0 : current.id(), name.getText().strip(),
                            blankToNull(email.getText()), blankToNull(title.getText()), blankToNull(department.getText()),
                            left.isSelected(), manager.getValue() == null ? null : manager.getValue().id(),
                            current == null ? 0 : current.version());
                    return () -> store.apply(typed);
                })
                .showAndWait();
    }

    private static javafx.scene.control.ComboBox<Person> managerChoice(Person current, java.util.List<Person> people) {
        javafx.scene.control.ComboBox<Person> box = new javafx.scene.control.ComboBox<>();
        box.setId("personManagerChoice");
        box.getItems().add(null);
        people.stream().filter(p -> current == null || p.id() != current.id()).forEach(box.getItems()::add);
        javafx.util.Callback<javafx.scene.control.ListView<Person>, javafx.scene.control.ListCell<Person>> cells =
                list -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(Person item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty ? null : item == null ? Messages.get("person.dialog.manager.none") : item.displayName());
                    }
                };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        if (current != null && current.managerId() != null) {
            people.stream().filter(p -> p.id() == current.managerId()).findFirst().ifPresent(box::setValue);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text == null ? "" : text);
        field.setId(id);
        return field;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
