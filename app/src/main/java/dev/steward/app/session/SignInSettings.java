package dev.steward.app.session;

import dev.steward.model.access.User;
import dev.steward.app.team.TeamOpening;
import dev.steward.service.RegisterServices;
import dev.steward.service.users.UserService;

import java.util.Objects;
import java.util.function.Function;

/// How a main window signs people in once its database is open.
///
/// @param users     builds the account service; production hashes with 600,000 PBKDF2 iterations, tests pass
///                  a cheap hasher because every UI test would otherwise spend seconds per password
/// @param automatic when set, replaces the dialogs: called off the UI thread, it returns the user to sign in,
///                  or `null` to stay signed out (read-only). For tests and the smoke check only.
/// @param team      for a team register, who signs in (their own database login); `null` asks with the sign-in
///                  dialog. Tests pass a login the test server trusts.
public record SignInSettings(RegisterServices.Security security, Function<UserService, User> automatic,
                             TeamOpening.Asker team) {
    public SignInSettings {
        Objects.requireNonNull(security, "security");
    }

    public SignInSettings(RegisterServices.Security security, Function<UserService, User> automatic) {
        this(security, automatic, null);
    }

    /// The first-administrator and sign-in dialogs, with production hashing.
    public static SignInSettings interactive() {
        return new SignInSettings(RegisterServices.Security.production(), null);
    }

    /// No dialogs and nobody signed in: the smoke check only proves the register opens.
    public static SignInSettings signedOut() {
        return new SignInSettings(RegisterServices.Security.production(), users -> null);
    }
}
