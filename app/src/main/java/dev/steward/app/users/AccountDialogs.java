package dev.steward.app.users;

import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.FormDialog;
import dev.steward.app.i18n.Messages;
import dev.steward.model.access.PasswordPolicy;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.users.UserService;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.service.audit.CheckpointService;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The account dialogs: first administrator, sign-in, own password, signing key, audit checkpoint, and an administrator's
/// create-user and roles dialogs. Each calls {@link UserService} off the UI thread and stays open on failure
/// with the service's message, so a wrong password or a taken username is fixed in place.
public final class AccountDialogs {
    private final Window owner;
    private final UiExecutor executor;
    private final UserService users;

    public AccountDialogs(Window owner, UiExecutor executor, UserService users) {
        this.owner = owner;
        this.executor = executor;
        this.users = users;
    }

    /// @return the administrator created, or empty when cancelled
    public Optional<User> firstAdmin() {
        FormDialog<User> form = new FormDialog<>(owner, Messages.get("account.firstAdmin.title"));
        form.note(new Label(Messages.get("account.firstAdmin.explain"))).setWrapText(true);
        TextField username = form.row("account.username", field("usernameField"));
        TextField name = form.row("account.displayName", field("displayNameField"));
        TextField title = form.row("account.jobTitle", field("titleField"));
        NewSecret password = new NewSecret(form, "account.password", "account.password.confirm", username.textProperty());
        // Administrators may not edit the register; one person starting alone needs the reviewer role as well
        // (signing stays with a separate manager, so separation of duties is untouched).
        javafx.scene.control.CheckBox reviewer = form.row("account.firstAdmin.reviewer",
                new javafx.scene.control.CheckBox(Messages.get("account.firstAdmin.reviewerText")));
        reviewer.setId("alsoReviewerCheck");
        reviewer.setSelected(true);
        BooleanBinding valid = filled(username).and(filled(name)).and(password.acceptable());
        form.submit(valid, executor, () -> {
            String u = username.getText();
            String n = name.getText();
            String t = title.getText();
            Set<Role> roles = reviewer.isSelected() ? Set.of(Role.ADMIN, Role.REVIEWER) : Set.of(Role.ADMIN);
            char[] secret = password.value();
            // one transaction: never an administrator without the roles asked for
            return () -> users.createFirstAdmin(u, n, t, roles, secret);
        });
        return form.showAndWait();
    }

    /// @param username prefilled, e.g. the administrator just created; may be empty
    /// @return the authenticated user, or empty when cancelled
    public Optional<User> signIn(String username) {
        return signIn(username, null);
    }

    /// As {@link #signIn(String)}, with the register's status ("Loading the register…", "21 integrations")
    /// shown in the dialog too, since the dialog may stand in front of the status bar while the rows load.
    public Optional<User> signIn(String username, ObservableStringValue registerStatus) {
        FormDialog<User> form = new FormDialog<>(owner, Messages.get("account.signIn.title"));
        TextField name = form.row("account.username", field("usernameField"));
        name.setText(username);
        PasswordField password = form.row("account.password", new PasswordField());
        password.setId("passwordField");
        if (registerStatus != null) {
            Label status = form.note(new Label());
            status.setId("signInRegisterStatus");
            status.textProperty().bind(registerStatus);
        }
        form.submit(filled(name).and(password.textProperty().isNotEmpty()), executor, () -> {
            String u = name.getText();
            char[] secret = password.getText().toCharArray();
            return () -> users.authenticate(u, secret);
        });
        return form.showAndWait();
    }

    /// @return true once the password was changed
    public boolean changePassword(User user) {
        FormDialog<Boolean> form = new FormDialog<>(owner, Messages.get("account.changePassword.title"));
        PasswordField current = form.row("account.password.current", new PasswordField());
        current.setId("currentPasswordField");
        NewSecret fresh = new NewSecret(form, "account.password.new", "account.password.confirm",
                new ReadOnlyStringWrapper(user.username()));
        form.submit(current.textProperty().isNotEmpty().and(fresh.acceptable()), executor, () -> {
            char[] old = current.getText().toCharArray();
            char[] changed = fresh.value();
            return () -> {
                users.changePassword(user.username(), old, changed);
                return Boolean.TRUE;
            };
        });
        return form.showAndWait().orElse(false);
    }

    /// @return the new key's fingerprint, or empty when cancelled
    public Optional<String> createSigningKey(User manager) {
        FormDialog<String> form = new FormDialog<>(owner, Messages.get("account.signingKey.title"));
        form.note(new Label(Messages.get("account.signingKey.explain"))).setWrapText(true);
        NewSecret passphrase = new NewSecret(form, "account.passphrase", "account.passphrase.confirm",
                new ReadOnlyStringWrapper(manager.username()), PasswordPolicy.Secret.PASSPHRASE);
        form.submit(passphrase.acceptable(), executor, () -> {
            char[] secret = passphrase.value();
            return () -> users.createSigningKey(manager, secret);
        });
        return form.showAndWait();
    }

    /// Asks for the signing key's passphrase and signs a checkpoint of the audit log's head with it.
    ///
    /// @return the checkpoint, or empty when cancelled
    public Optional<Checkpoint> signCheckpoint(User user, CheckpointService checkpoints) {
        FormDialog<Checkpoint> form = new FormDialog<>(owner, Messages.get("account.checkpoint.title"));
        form.note(new Label(Messages.get("account.checkpoint.explain"))).setWrapText(true);
        PasswordField passphrase = form.row("account.passphrase", new PasswordField());
        passphrase.setId("checkpointPassphraseField");
        form.submit(passphrase.textProperty().isNotEmpty(), executor, () -> {
            char[] secret = passphrase.getText().toCharArray();
            return () -> checkpoints.checkpoint(user, secret);
        });
        return form.showAndWait();
    }

    /// Confirms a new signing key with its whole fingerprint, selectable and with a Copy button.
    public void showNewFingerprint(String fingerprint) {
        FormDialog<Void> form = new FormDialog<>(owner, Messages.get("account.signingKey.createdTitle"));
        form.note(new Label(Messages.get("account.signingKey.created"))).setWrapText(true);
        form.row("account.fingerprint", new FingerprintField(fingerprint));
        form.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.CLOSE);
        form.showAndWait();
    }

    /// The signed-in user's own account: who they are, their roles and their signing key's fingerprint in full.
    public void showAccount(User user, Optional<String> fingerprint) {
        FormDialog<Void> form = new FormDialog<>(owner, Messages.get("account.mine.title"));
        form.row("account.username", readOnly("accountUsername", user.username()));
        form.row("account.displayName", readOnly("accountName", user.displayName()));
        form.row("account.roles", readOnly("accountRoles", user.roles().stream().sorted().map(Role::label)
                .collect(java.util.stream.Collectors.joining(", "))));
        if (fingerprint.isPresent()) {
            form.row("account.fingerprint", new FingerprintField(fingerprint.get()));
        } else {
            form.row("account.fingerprint", new Label(Messages.get("account.fingerprint.none"))).setId("noFingerprint");
        }
        form.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.CLOSE);
        form.showAndWait();
    }

    /// @return the user created by `admin`, or empty when cancelled
    public Optional<User> createUser(User admin) {
        FormDialog<User> form = new FormDialog<>(owner, Messages.get("users.create.title"));
        TextField username = form.row("account.username", field("usernameField"));
        TextField name = form.row("account.displayName", field("displayNameField"));
        TextField title = form.row("account.jobTitle", field("titleField"));
        Map<Role, CheckBox> roles = form.row("account.roles", new RoleBoxes(Set.of())).boxes;
        NewSecret password = new NewSecret(form, "account.password.initial", "account.password.confirm",
                username.textProperty());
        BooleanBinding valid = filled(username).and(filled(name)).and(anyTicked(roles)).and(password.acceptable());
        form.submit(valid, executor, () -> {
            String u = username.getText();
            String n = name.getText();
            String t = title.getText();
            Set<Role> chosen = ticked(roles);
            char[] secret = password.value();
            return () -> users.createUser(admin, u, n, t, chosen, secret);
        });
        return form.showAndWait();
    }

    /// @return the user with their new roles, or empty when cancelled
    public Optional<User> changeRoles(User admin, User target) {
        FormDialog<User> form = new FormDialog<>(owner, Messages.format("users.roles.title", target.describe()));
        Map<Role, CheckBox> roles = form.row("account.roles", new RoleBoxes(target.roles())).boxes;
        form.submit(anyTicked(roles), executor, () -> {
            Set<Role> chosen = ticked(roles);
            return () -> users.updateRoles(admin, target.username(), chosen);
        });
        return form.showAndWait();
    }

    private static TextField readOnly(String id, String text) {
        TextField field = field(id);
        field.setText(text);
        field.setEditable(false);
        return field;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }

    private static BooleanBinding filled(TextField field) {
        return Bindings.createBooleanBinding(() -> !field.getText().isBlank(), field.textProperty());
    }

    private static BooleanBinding anyTicked(Map<Role, CheckBox> boxes) {
        return Bindings.createBooleanBinding(() -> boxes.values().stream().anyMatch(CheckBox::isSelected),
                boxes.values().stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
    }

    private static Set<Role> ticked(Map<Role, CheckBox> boxes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boxes.forEach((role, box) -> {
            if (box.isSelected()) {
                roles.add(role);
            }
        });
        return roles;
    }

    /// One check box per role, ids `roleREVIEWER` and so on.
    private static final class RoleBoxes extends HBox {
        final Map<Role, CheckBox> boxes = new EnumMap<>(Role.class);

        RoleBoxes(Set<Role> selected) {
            super(12);
            for (Role role : Role.values()) {
                CheckBox box = new CheckBox(role.label());
                box.setId("role" + role.name());
                box.setSelected(selected.contains(role));
                boxes.put(role, box);
                getChildren().add(box);
            }
        }
    }
}
