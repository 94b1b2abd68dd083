package dev.steward.app.people;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.FieldLabels;
import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Person;
import dev.steward.model.validation.ValidationException;
import dev.steward.service.register.RegisterService;
import dev.steward.service.register.RegisterService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/// The people list: sponsors and owners as records of their own, including who has left.
public final class PeopleViewModel {
    private final RegisterService service;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ObservableList<Person> people;
    private final Consumer<Person> onSaved;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Stores a new or edited person; problems (e.g. an email already in use) are shown, nothing is lost.
    public void save(Person person) {
        RegisterService store = service;
        busy.set(true);
        Tasks.run(() -> store.savePerson(person))
                .onSuccess(onSaved)
                .onFailure(e -> dialogs.showFailure(Messages.get("person.error.title"), e))
                .andFinally(() -> busy.set(false))
                .on(executor);
    }
}
