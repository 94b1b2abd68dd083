package dev.steward.app.users;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.users.UserService;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/// State and commands of the users window. Every call goes through {@link UserService} off the UI thread; the
/// service decides who may manage accounts and refuses to lose the last administrator, and its message is
/// shown as it is.
public final class UsersViewModel {
    /// One account as the table shows it.
    public record UserRow(User user, boolean hasSigningKey) {
        public String roles() {
            return user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        }
    }

    private final UserService users;
    private final User admin;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Consumer<User> accountChanged;
    private final ObservableList<UserRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /// @param admin          the signed-in administrator every change is made as
    /// @param accountChanged told of every account as saved, so a change to the signed-in user's own roles
    ///                       takes effect in the main window at once
    public UsersViewModel(UserService users, User admin, UiExecutor executor, DialogService dialogs,
                          Consumer<User> accountChanged) {
        this.users = users;
        this.admin = admin;
        this.executor = executor;
        this.dialogs = dialogs;
        this.accountChanged = accountChanged;
    }

    public ObservableList<UserRow> rows() {
        return rows;
    }

    public ObjectProperty<UserRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public User admin() {
        return admin;
    }

    public UserService service() {
        return users;
    }

    // ---- commands --------------------------------------------------------------------------------------------

    public void reload() {
        UserService accounts = users;
        busy.set(true);
        Tasks.run(() -> accounts.users().stream()
                        .map(u -> new UserRow(u, accounts.publicKeyOf(u).isPresent())).toList())
                .onSuccess(this::show)
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    /// An account was created or changed in a dialog: passes it on and lists the accounts again.
    public void saved(User user) {
        accountChanged.accept(user);
        reload();
    }

    /// After confirmation; the service refuses the last active administrator and says so.
    public void deactivateSelected() {
        UserRow row = selected.get();
        if (row == null || !row.user().active() || !dialogs.confirm(Messages.get("users.deactivate.title"),
                Messages.format("users.deactivate.confirm", row.user().describe()))) {
            return;
        }
        UserService accounts = users;
        User by = admin;
        String username = row.user().username();
        busy.set(true);
        Tasks.run(() -> accounts.deactivate(by, username))
                .onSuccess(this::saved)
                .onFailure(this::failed)
                .andFinally(() -> busy.set(false))
                .on(executor);
    }

    private void show(List<UserRow> loaded) {
        String keep = selected.get() == null ? null : selected.get().user().username();
        rows.setAll(loaded);
        rows.stream().filter(r -> r.user().username().equals(keep)).findFirst().ifPresent(selected::set);
    }

    private void failed(Throwable error) {
        dialogs.showFailure(Messages.get("users.error.title"), error);
    }
}
