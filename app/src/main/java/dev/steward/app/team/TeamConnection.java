package dev.steward.app.team;

import dev.steward.storage.TeamAddress;

import java.util.Objects;

/// What the Connect dialog yields: where the team register is, and whose login signs in (the password is asked
/// when the connection is made, and never kept).
public record TeamConnection(TeamAddress address, String login) {
    public TeamConnection {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(login, "login");
    }
}
