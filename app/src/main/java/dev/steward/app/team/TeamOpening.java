package dev.steward.app.team;

import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.ErrorText;
import dev.steward.model.access.User;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.storage.TeamAddress;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/// Opens a team register for the desktop app: asks for the person's own login and password, connects off the
/// UI thread, and finds their Steward account (the server has checked the password, so that is the sign-in).
/// A refused login asks again, naming what the server said; anything else goes to `failed`.
public final class TeamOpening {
    /// Asks who signs in; empty when they cancel.
    @FunctionalInterface
    public interface Asker {
        /// @param problem why the last attempt failed, or `null` on the first
        Optional<TeamLogin> ask(TeamAddress address, String problem);
    }

    /// The open register and the account of the login it was opened as.
    public record Opened(RegisterServices services, User account) {
    }

    private final UiExecutor executor;
    private final Actor actor;
    private final RegisterServices.Security security;
    private final Asker asker;

    public TeamOpening(UiExecutor executor, Actor actor, RegisterServices.Security security, Asker asker) {
        this.executor = executor;
        this.actor = actor;
        this.security = security;
        this.asker = asker;
    }

    /// Call on the UI thread; `opened`, `failed` and `cancelled` run there too.
    public void open(TeamAddress address, Consumer<Opened> opened, Consumer<Throwable> failed, Runnable cancelled) {
        open(address, null, opened, failed, cancelled);
    }

    private void open(TeamAddress address, String problem, Consumer<Opened> opened, Consumer<Throwable> failed,
                      Runnable cancelled) {
        Optional<TeamLogin> asked = asker.ask(address, problem);
        if (asked.isEmpty()) {
            cancelled.run();
            return;
        }
        TeamLogin login = asked.get();
        Tasks.run(() -> connect(address, login))
                .onSuccess(opened)
                .onFailure(error -> {
                    if (error instanceof DatabaseOpenException e
                            && e.reason() == DatabaseOpenException.Reason.SIGN_IN_FAILED) {
                        open(address, ErrorText.of(error), opened, failed, cancelled);
                    } else {
                        failed.accept(error);
                    }
                })
                .on(executor);
    }

    private Opened connect(TeamAddress address, TeamLogin login) {
        try {
            RegisterServices services = RegisterServices.openTeam(address, login.login(),
                    login.password().length == 0 ? null : login.password(), actor.forLogin(login.login()),
                    Clock.systemUTC(), security);
            try {
                return new Opened(services, services.users().sessionAccount());
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        } finally {
            login.clear();
        }
    }
}
