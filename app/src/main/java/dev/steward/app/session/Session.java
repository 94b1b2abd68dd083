package dev.steward.app.session;

import dev.steward.model.access.User;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/// Who is signed in to this window. Services ask it for the acting user on every call, so signing out or
/// switching user takes effect at once; the services themselves re-read the account and enforce roles.
public final class Session {
    private final ReadOnlyObjectWrapper<User> user = new ReadOnlyObjectWrapper<>();
    /// The same user for worker threads: services ask who acts on the worker, where the FX property must not be
    /// read. Written on the FX thread together with the property.
    private final AtomicReference<User> forWorkers = new AtomicReference<>();

    public ReadOnlyObjectProperty<User> userProperty() {
        return user.getReadOnlyProperty();
    }

    /// The signed-in user as any thread may read it (services call this on workers); `null` when nobody is.
    public User current() {
        return forWorkers.get();
    }

    public Optional<User> user() {
        return Optional.ofNullable(user.get());
    }

    /// The signed-in user, for services that must have one.
    ///
    /// @throws IllegalStateException when nobody is signed in
    public User requireUser() {
        User current = forWorkers.get();
        if (current == null) {
            throw new IllegalStateException("Nobody is signed in.");
        }
        return current;
    }

    /// The name written to the audit log: the signed-in username, or the operating-system user before sign-in.
    public String actorName() {
        User current = forWorkers.get();
        return current != null ? current.username() : System.getProperty("user.name", "unknown");
    }

    public void signIn(User signedIn) {
        forWorkers.set(signedIn);
        user.set(signedIn);
    }

    /// Takes in a change to an account made while signed in (roles given or taken, deactivation): when it is the
    /// signed-in user's own account, the window's permissions follow at once instead of at the next sign-in.
    public void accountChanged(User updated) {
        User current = user.get();
        if (current != null && updated != null && current.username().equals(updated.username())) {
            forWorkers.set(updated);
            user.set(updated);
        }
    }

    public void signOut() {
        forWorkers.set(null);
        user.set(null);
    }
}
