package dev.steward.app.team;

import dev.steward.storage.TeamAddress;

import java.util.Optional;
import java.util.prefs.Preferences;

/// The last team register a person connected to, kept in their preferences and offered the next time the
/// Connect dialog opens. Only the address and the login: never the password.
public final class RememberedConnection {
    private static final String ADDRESS = "teamAddress";
    private static final String LOGIN = "teamLogin";
    private final Preferences preferences;

    public RememberedConnection(Preferences preferences) {
        this.preferences = preferences;
    }

    /// The last connection, if one was kept and still reads as an address (a hand-edited one is forgotten).
    public Optional<TeamConnection> last() {
        String address = preferences.get(ADDRESS, null);
        String login = preferences.get(LOGIN, null);
        if (address == null || login == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new TeamConnection(TeamAddress.parse(address), login));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public void remember(TeamConnection connection) {
        preferences.put(ADDRESS, connection.address().toString());
        preferences.put(LOGIN, connection.login());
    }
}
