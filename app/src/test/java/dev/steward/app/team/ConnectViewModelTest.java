package dev.steward.app.team;

import dev.steward.storage.TeamAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/// The Connect dialog's fields are checked as typed, by the rules `--db` follows, and the connection (never a
/// password) is offered again after a restart.
class ConnectViewModelTest {
    private final Preferences preferences = Preferences.userRoot().node("dev/steward/test/team-connection");

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void connectIsEnabledExactlyWhenEveryFieldIsRightAndTheProblemNamesTheWrongOne() {
        ConnectViewModel model = new ConnectViewModel(Optional.empty());
        model.loginProperty().set("rita");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("server");

        model.hostProperty().set("db.example.org");
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.problemProperty().get()).isEmpty();

        model.portProperty().set("54x2");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("port").contains("54x2");
        model.portProperty().set("70000");
        assertThat(model.validProperty().get()).isFalse();
        model.portProperty().set("6432");

        model.hostProperty().set("rita@db.example.org");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("rita@db.example.org");
        model.hostProperty().set("db.example.org");

        model.databaseProperty().set("steward; drop");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("database");
        model.databaseProperty().set("steward");

        model.loginProperty().set("rita reviewer");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).contains("login");
        model.loginProperty().set("rita");

        model.tlsModeProperty().set("verify-full");
        assertThat(model.connection()).contains(new TeamConnection(
                new TeamAddress("db.example.org", 6432, "steward", "verify-full"), "rita"));
    }

    @Test
    void theLastConnectionIsOfferedAgainWithoutAPassword() {
        TeamConnection chosen = new TeamConnection(new TeamAddress("db.example.org", 5433, "steward", "require"), "mark");
        new RememberedConnection(preferences).remember(chosen);

        Optional<TeamConnection> afterRestart = new RememberedConnection(preferences).last();
        assertThat(afterRestart).contains(chosen);
        ConnectViewModel model = new ConnectViewModel(afterRestart);
        assertThat(model.hostProperty().get()).isEqualTo("db.example.org");
        assertThat(model.portProperty().get()).isEqualTo("5433");
        assertThat(model.tlsModeProperty().get()).isEqualTo("require");
        assertThat(model.loginProperty().get()).isEqualTo("mark");
        assertThat(model.connection()).contains(chosen);
        // the preferences hold the address and the login, nothing else
        assertThat(preferences.get("teamAddress", "")).isEqualTo("postgresql://db.example.org:5433/steward?sslmode=require");
        assertThat(preferences.get("teamPassword", null)).isNull();
    }

    @Test
    void aRememberedConnectionThatNoLongerReadsIsForgotten() {
        preferences.put("teamAddress", "postgresql://db.example.org/");
        preferences.put("teamLogin", "mark");
        assertThat(new RememberedConnection(preferences).last()).isEmpty();
    }
}
