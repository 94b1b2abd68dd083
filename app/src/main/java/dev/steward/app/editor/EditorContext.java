package dev.steward.app.editor;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.service.register.RegisterService;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/// What every editor window shares with the main window.
///
/// @param people        the live list of people, kept current by the main window
/// @param onSaved       told about every stored integration so the register table stays current
/// @param onPersonSaved told about every stored person
/// @param mayEdit whether the signed-in user may change the register; when false the editor only shows the
///                record (the service would refuse the save anyway, this just says so up front)
public record EditorContext(RegisterService service, UiExecutor executor, DialogService dialogs,
                            ObservableList<Person> people, Consumer<Integration> onSaved,
                            Consumer<Person> onPersonSaved, javafx.beans.value.ObservableBooleanValue mayEdit) {
}
