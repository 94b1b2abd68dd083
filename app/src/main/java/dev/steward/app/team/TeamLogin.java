package dev.steward.app.team;

import java.util.Arrays;
import java.util.Objects;

/// Who signs in to a team register: their own PostgreSQL login and its password (never stored; the opener
/// clears it once the connection is made).
///
/// @param password empty when the server asks none (trust authentication in tests)
public record TeamLogin(String login, char[] password) {
    public TeamLogin {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    /// Overwrites the password in memory.
    public void clear() {
        Arrays.fill(password, '\0');
    }
}
