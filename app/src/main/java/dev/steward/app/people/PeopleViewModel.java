package dev.steward.app.people;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.FieldLabels;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Person;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.register.RegisterService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import dev.steward.service.register.RegisterService;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/// The people list: sponsors and owners as records of their own, including who has left.
public final class PeopleViewModel {
    private final RegisterService service;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Person> people;
    private final Consumer<Person> onSaved;

    /// @param people  the live list shared with the main window
    /// @param onSaved told about every stored person so the register and open editors stay current
    public PeopleViewModel(RegisterService service, UiExecutor executor, DialogService dialogs,
                           ObservableList<Person> people, Consumer<Person> onSaved) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.people = people;
        this.onSaved = onSaved;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public UiExecutor executor() {
        return executor;
    }

    /// Stores a new or edited person and returns it as stored. Blocks: the person dialog calls it off the UI
    /// thread, and shows a refusal (e.g. an email already in use) in place, keeping what was typed.
    public Person store(Person person) {
        return service.savePerson(person);
    }

    /// The person dialog stored `person`: the register and open editors follow.
    public void stored(Person person) {
        onSaved.accept(person);
    }
}
