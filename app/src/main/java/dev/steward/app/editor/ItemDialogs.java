package dev.steward.app.editor;

import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Durations;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.Person;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import dev.steward.app.scene.IsoDatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/// Typed dialogs for one list item each. {@code null} as the current value means "add a new one".
public final class ItemDialogs {
    private ItemDialogs() {
    }

    public static Optional<DataAccess> dataAccess(Window owner, DataAccess current) {
        FormDialog<DataAccess> dialog = new FormDialog<>(owner, Messages.get("dialog.dataAccess.title"));
        TextField system = dialog.row("dialog.dataAccess.system", textField("systemField", current == null ? "" : current.system()));
        ComboBox<AccessLevel> level = dialog.row("dialog.dataAccess.level",
                combo("levelBox", AccessLevel.values(), current == null ? AccessLevel.READ : current.level()));
        return dialog.finish(notBlank(system).and(level.valueProperty().isNotNull()),
                () -> new DataAccess(system.getText().strip(), level.getValue())).showAndWait();
    }

    public static Optional<ToolAccess> tool(Window owner, ToolAccess current) {
        FormDialog<ToolAccess> dialog = new FormDialog<>(owner, Messages.get("dialog.tool.title"));
        TextField name = dialog.row("dialog.tool.name", textField("toolNameField", current == null ? "" : current.name()));
        ComboBox<ToolType> type = dialog.row("dialog.tool.type",
                combo("toolTypeBox", ToolType.values(), current == null ? ToolType.API : current.type()));
        return dialog.finish(notBlank(name).and(type.valueProperty().isNotNull()),
                () -> new ToolAccess(name.getText().strip(), type.getValue())).showAndWait();
    }

    public static Optional<AgentLink> agentLink(Window owner, AgentLink current) {
        FormDialog<AgentLink> dialog = new FormDialog<>(owner, Messages.get("dialog.agentLink.title"));
        ComboBox<LinkDirection> direction = dialog.row("dialog.agentLink.direction",
                combo("directionBox", LinkDirection.values(), current == null ? LinkDirection.DOWNSTREAM : current.direction()));
        TextField agent = dialog.row("dialog.agentLink.agent", textField("agentField", current == null ? "" : current.agent()));
        CheckBox tokens = dialog.row("dialog.agentLink.tokens", new CheckBox(Messages.get("dialog.agentLink.tokens.check")));
        tokens.setSelected(current != null && current.handsTokens());
        return dialog.finish(notBlank(agent).and(direction.valueProperty().isNotNull()),
                () -> new AgentLink(direction.getValue(), agent.getText().strip(), tokens.isSelected())).showAndWait();
    }

    public static Optional<Credential> credential(Window owner, Credential current) {
        FormDialog<Credential> dialog = new FormDialog<>(owner, Messages.get("dialog.credential.title"));
        TextField label = dialog.row("dialog.credential.label", textField("credentialLabelField", current == null ? "" : current.label()));
        ComboBox<CredentialType> type = dialog.row("dialog.credential.type",
                combo("credentialTypeBox", CredentialType.values(), current == null ? null : current.type()));
        ComboBox<SecretStorage> storage = dialog.row("dialog.credential.storedIn",
                combo("storedInBox", SecretStorage.values(), current == null ? SecretStorage.SECRETS_MANAGER : current.storedIn()));
        TextField lifetime = dialog.row("dialog.credential.lifetime",
                textField("lifetimeField", current == null ? "" : Durations.format(current.lifetime())));
        lifetime.setPromptText(Messages.get("dialog.duration.prompt"));
        IsoDatePicker rotated = dialog.row("dialog.credential.lastRotated", new IsoDatePicker(current == null ? null : current.lastRotated()));
        rotated.setId("lastRotatedPicker");
        TextField interval = dialog.row("dialog.credential.rotationDays",
                textField("rotationDaysField", current == null || current.rotationIntervalDays() == null ? "" : current.rotationIntervalDays().toString()));
        Label hint = dialog.row("dialog.credential.problem", new Label());
        hint.getStyleClass().add("error-text");
        hint.textProperty().bind(Bindings.createStringBinding(() -> credentialProblem(lifetime.getText(), interval.getText()),
                lifetime.textProperty(), interval.textProperty()));
        BooleanBinding valid = notBlank(label).and(type.valueProperty().isNotNull()).and(storage.valueProperty().isNotNull())
                .and(hint.textProperty().isEmpty()).and(rotated.invalidProperty().not());
        return dialog.finish(valid, () -> new Credential(label.getText().strip(), type.getValue(), storage.getValue(),
                Durations.parse(lifetime.getText()), rotated.getValue(),
                interval.getText().isBlank() ? null : Integer.valueOf(interval.getText().strip()))).showAndWait();
    }

    /// Picks a backup owner: Add offers everyone not listed yet, Edit replaces `current` with someone else.
    ///
    /// @param listed the backup owners already in the list (`current` among them when editing)
    public static Optional<Person> backupOwner(Window owner, List<Person> people, Person current, List<Person> listed) {
        FormDialog<Person> dialog = new FormDialog<>(owner, Messages.get(current == null
                ? "dialog.backupOwner.addTitle" : "dialog.backupOwner.editTitle"));
        ComboBox<Person> box = dialog.row("dialog.backupOwner.person", new ComboBox<Person>());
        box.setId("backupOwnerBox");
        box.getItems().setAll(people.stream().filter(p -> p.equals(current) || !listed.contains(p)).toList());
        box.setValue(current);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(personConverter());
        if (box.getItems().isEmpty()) {
            dialog.note(new Label(Messages.get("dialog.backupOwner.nobody"))).setWrapText(true);
        }
        return dialog.finish(box.valueProperty().isNotNull(), box::getValue).showAndWait();
    }

    /// Empty when both texts parse, else the message for the first that doesn't.
    static String credentialProblem(String lifetime, String intervalDays) {
        try {
            Durations.parse(lifetime);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        if (!intervalDays.isBlank()) {
            try {
                if (Integer.parseInt(intervalDays.strip()) <= 0) {
                    return Messages.get("dialog.credential.rotationDays.invalid");
                }
            } catch (NumberFormatException e) {
                return Messages.get("dialog.credential.rotationDays.invalid");
            }
        }
        return "";
    }

    static TextField textField(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }

    static BooleanBinding notBlank(TextField field) {
        return Bindings.createBooleanBinding(() -> !field.getText().isBlank(), field.textProperty());
    }

    public static <E extends Enum<E>> ComboBox<E> combo(String id, E[] values, E selected) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setValue(selected);
        box.setId(id);
        box.setConverter(enumConverter());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /// People by display name; picked from a list, never typed.
    static StringConverter<Person> personConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : person.displayName();
            }

            @Override
            public Person fromString(String text) {
                throw new UnsupportedOperationException("people are picked, not typed");
            }
        };
    }

    public static <E extends Enum<E>> StringConverter<E> enumConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return Messages.label(value);
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("enum choices are not typed in");
            }
        };
    }
}
