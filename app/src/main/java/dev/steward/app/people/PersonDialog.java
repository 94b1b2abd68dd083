package dev.steward.app.people;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Person;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import java.util.Optional;

/// Creates or edits a person. Returns an unsaved record (id kept from {@code current}, 0 for a new person).
public final class PersonDialog {
    private PersonDialog() {
    }

    public static Optional<Person> show(Window owner, Person current) {
        FormDialog<Person> dialog = new FormDialog<>(owner,
                Messages.get(current == null ? "person.dialog.title.new" : "person.dialog.title.edit"));
        TextField name = dialog.row("person.dialog.name", field("personNameField", current == null ? "" : current.name()));
        TextField email = dialog.row("person.dialog.email", field("personEmailField", current == null ? null : current.email()));
        TextField title = dialog.row("person.dialog.jobTitle", field("personTitleField", current == null ? null : current.title()));
        TextField department = dialog.row("person.dialog.department", field("personDepartmentField", current == null ? null : current.department()));
        CheckBox left = dialog.row("person.dialog.left", new CheckBox(Messages.get("person.dialog.left.check")));
        left.setId("personLeftCheck");
        left.setSelected(current != null && current.hasLeft());
        return dialog.finish(Bindings.createBooleanBinding(() -> !name.getText().isBlank(), name.textProperty()),
                () -> new Person(current == null ? 0 : current.id(), name.getText().strip(), blankToNull(email.getText()),
                        blankToNull(title.getText()), blankToNull(department.getText()), left.isSelected()))
                .showAndWait();
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
