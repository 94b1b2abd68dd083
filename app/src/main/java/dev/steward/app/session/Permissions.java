package dev.steward.app.session;

import dev.steward.app.i18n.Messages;
import dev.steward.model.access.AccessPolicy;
import dev.steward.model.access.Permission;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;

import java.util.stream.Collectors;

/// What the signed-in user may do, as bindings for enabling buttons and menu items.
///
/// Only a convenience for the screen: the services check the stored account again on every call, so a
/// binding that is out of date can at worst show a button that then reports "not allowed".
public final class Permissions {
    private final Session session;

    public Permissions(Session session) {
        this.session = session;
    }

    /// True while someone is signed in whose roles grant `permission`.
    public BooleanBinding allows(Permission permission) {
        return Bindings.createBooleanBinding(() -> {
            User user = session.userProperty().get();
            return user != null && AccessPolicy.standard().allows(user, permission);
        }, session.userProperty());
    }

    /// "Signed in as Ana Pereira (Reviewer, Auditor)", or a note that the window is read-only.
    public StringBinding signedInText() {
        return Bindings.createStringBinding(() -> {
            User user = session.userProperty().get();
            if (user == null) {
                return Messages.get("status.signedOut");
            }
            String roles = user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
            return Messages.format("status.signedIn", user.displayName(), roles);
        }, session.userProperty());
    }
}
