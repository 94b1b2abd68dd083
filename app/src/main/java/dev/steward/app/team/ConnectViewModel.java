package dev.steward.app.team;

import dev.steward.app.i18n.Messages;
import dev.steward.storage.TeamAddress;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;

/// The fields of File > Connect to team database…: server, port, database, login and TLS mode. What they
/// describe is checked as it is typed, by the same rules as `--db` (TeamAddress); {@link #problemProperty()}
/// names the first field that is wrong, and Connect is enabled exactly when there is none.
public final class ConnectViewModel {
    /// The TLS modes offered: pgjdbc's, without the two that only make sense with client certificates set up.
    public static final List<String> TLS_MODES = List.of("disable", "prefer", "require", "verify-full");

    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(TeamAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("steward");
    private final StringProperty login = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final ObjectProperty<String> tlsMode = new SimpleObjectProperty<>(TeamAddress.DEFAULT_SSL_MODE);
    private final ObjectBinding<Checked> checked =
            Bindings.createObjectBinding(this::check, host, port, database, login, tlsMode);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> checked.get().connection() != null,
            checked);

    /// Starts from the remembered connection, when there is one.
    public ConnectViewModel(Optional<TeamConnection> remembered) {
        remembered.ifPresent(c -> {
            host.set(c.address().host());
            port.set(Integer.toString(c.address().port()));
            database.set(c.address().database());
            login.set(c.login());
            tlsMode.set(TLS_MODES.contains(c.address().sslMode()) ? c.address().sslMode() : TeamAddress.DEFAULT_SSL_MODE);
        });
    }

    public ObservableList<String> tlsModes() {
        return FXCollections.observableList(TLS_MODES);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public ObjectProperty<String> tlsModeProperty() {
        return tlsMode;
    }

    /// True when the fields describe a connection: the one binding that enables Connect.
    public BooleanBinding validProperty() {
        return valid;
    }

    /// What is wrong with the fields, empty when nothing is.
    public javafx.beans.binding.StringBinding problemProperty() {
        return Bindings.createStringBinding(() -> checked.get().problem(), checked);
    }

    /// The connection the fields describe, or empty while they are invalid.
    public Optional<TeamConnection> connection() {
        return Optional.ofNullable(checked.get().connection());
    }

    private record Checked(TeamConnection connection, String problem) {
    }

    private Checked check() {
        String server = host.get().strip();
        if (server.isEmpty()) {
            return problem(Messages.get("team.connect.noHost"));
        }
        int number;
        try {
            number = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return problem(Messages.format("team.connect.badPort", port.get().strip()));
        }
        if (database.get().isBlank()) {
            return problem(Messages.get("team.connect.noDatabase"));
        }
        String user = login.get().strip();
        if (user.isEmpty() || user.length() > 63 || user.chars().anyMatch(Character::isWhitespace)) {
            return problem(Messages.get("team.connect.badLogin"));
        }
        try {
            return new Checked(new TeamConnection(new TeamAddress(server, number, database.get().strip(),
                    tlsMode.get()), user), "");
        } catch (IllegalArgumentException e) {
            return problem(e.getMessage());
        }
    }

    private static Checked problem(String text) {
        return new Checked(null, text);
    }
}
